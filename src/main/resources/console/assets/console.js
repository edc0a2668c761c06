// The console's small progressive scripts (no inline script: the CSP allows only this file). Pages work without it.
'use strict';
