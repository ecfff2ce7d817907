// The inbox suite on the cards fixture markup (written apart from the readers): Amazon's JSON served in three UI
// languages, and the page readers alone when it is missing.
import { jsonSuite, pageOnlySuite } from './inbox-suite';

jsonSuite('cards');
pageOnlySuite('cards', '404');
pageOnlySuite('cards', 'changed');
