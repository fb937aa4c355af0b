/** RFC 9457 problem bodies: the error catalogue, the problem type list and the single exception mapper. */
package com.computeledger.adapters.web.platform.problem;
