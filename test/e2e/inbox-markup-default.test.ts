// The inbox suite on the default fixture markup (the team's own guess): Amazon's JSON served in three UI
// languages, and the page readers alone when it is missing.
import { jsonSuite, pageOnlySuite } from './inbox-suite';

jsonSuite('default');
pageOnlySuite('default', '404');
