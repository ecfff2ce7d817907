// The inbox suite on the table fixture markup (written apart from the readers): Amazon's JSON served in three UI
// languages, and the page readers alone when it is missing.
import { jsonSuite, pageOnlySuite } from './inbox-suite';

jsonSuite('table');
pageOnlySuite('table', '404');
