package com.computeledger.application.port.out;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.util.function.Supplier;

/** A Mockito unit of work that simply runs the work it is given, so service tests see the calls inside it. */
public final class TransactionalMocks {

    private TransactionalMocks() {
    }

    public static UnitOfWork passThroughUnitOfWork() {
        UnitOfWork unitOfWork = mock(UnitOfWork.class);
        lenient().when(unitOfWork.inTransaction(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());
        return unitOfWork;
    }
}
