/** Contract tests of the out-ports: one abstract suite per port, run against every implementation. */
package com.computeledger.application.contract;
