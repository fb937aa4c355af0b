/** Cross-cutting HTTP machinery: request id, body limit, security headers, CORS, rate limit, closed admin routes; parsing of path ids and query parameters. */
package com.computeledger.adapters.web.platform.http;
