/** The provider resource. */
package com.computeledger.adapters.web.provider;
