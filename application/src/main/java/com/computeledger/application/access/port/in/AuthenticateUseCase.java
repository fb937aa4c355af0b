package com.computeledger.application.access.port.in;

import com.computeledger.domain.access.ApiKey;
import java.util.Optional;

/** In-port: the active key a bearer token belongs to. */
public interface AuthenticateUseCase {

    /** The key, when {@code token} is well-formed, names a stored key, carries its secret and the key is active. */
    Optional<ApiKey> authenticate(String token);
}
