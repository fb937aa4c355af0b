package com.computeledger.application.analytics.port.in;

import com.computeledger.domain.analytics.BuildOutScenario;
import com.computeledger.domain.analytics.PowerEquivalences;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** In-port: power and money equivalences and build-out scenarios, with the configured default factors. */
public interface PlanBuildOutUseCase {

    /** The equivalence factors to use: each override, or the configured default where none is given. */
    PowerEquivalences equivalences(Optional<BigDecimal> homesPerGigawatt, Optional<Money> capexPerGigawatt);

    /** A scenario reaching {@code target} at {@code perWeek}, at the given (or default) factors. */
    BuildOutScenario scenario(Gigawatts target, Gigawatts perWeek, PowerEquivalences equivalences);
}
