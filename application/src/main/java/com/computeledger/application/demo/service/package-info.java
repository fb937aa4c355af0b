/** Services for the demo data: implement the in-ports over the out-ports, one transaction per use-case call. */
package com.computeledger.application.demo.service;
