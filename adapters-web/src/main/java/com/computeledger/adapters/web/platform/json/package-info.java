/** JSON rules shared by every resource: parser limits, unknown-field policy, decimal strings. */
package com.computeledger.adapters.web.platform.json;
