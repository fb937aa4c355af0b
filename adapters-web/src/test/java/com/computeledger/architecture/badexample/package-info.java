/** Classes that break the module rules on purpose, so that each rule is seen to fail. Never used elsewhere. */
package com.computeledger.architecture.badexample;
