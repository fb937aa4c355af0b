/** The OpenAPI document of the API and the filter that adds its problem responses. */
package com.computeledger.adapters.web.platform.openapi;
