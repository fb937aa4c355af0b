/** Deal storage: the deal tables, their rows and SqlObject DAO, the deal repository, idempotency keys. */
package com.computeledger.adapters.persistence.deal;
