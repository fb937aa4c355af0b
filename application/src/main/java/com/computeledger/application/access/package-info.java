/** API key tokens as clients hold them, and the result of issuing one. */
package com.computeledger.application.access;
