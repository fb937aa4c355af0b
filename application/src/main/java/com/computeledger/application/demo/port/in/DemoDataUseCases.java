package com.computeledger.application.demo.port.in;



/**
 * In-port: loads the records of the source article where they are missing (docs/adr/0017).
 */
public interface DemoDataUseCases {

    /** Adds whatever demo record is missing; running it again adds nothing. Returns how many records were added. */
    int loadMissing();
}
