package com.computeledger.architecture.badexample.application.port.out;

/** An out-port that the bad web and persistence examples misuse. */
public interface ExampleRepository {

    String load();
}
