package com.computeledger.domain.deal;

import com.computeledger.domain.reference.AcceleratorId;
import com.computeledger.domain.shared.Gigawatts;
import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

/** Compute promised under a deal: which accelerator, how many, how much power, and when all of it is online. */
public record ComputeCommitment(
        AcceleratorId acceleratorId,
        Optional<AcceleratorCount> count,
        Optional<Gigawatts> power,
        Optional<LocalDate> fullCapacityBy) {

    public ComputeCommitment {
        Require.present(acceleratorId, "acceleratorId");
        Require.present(count, "count");
        Require.present(power, "power");
        Require.present(fullCapacityBy, "fullCapacityBy");
    }

    /** Records the write rules this commitment breaks, its fields named under {@code path} ({@code commitments[0]}). */
    void checkRules(String path, Violations violations) {
        count.ifPresent(units -> units.checkRules(path + ".units", violations));
        power.ifPresent(gigawatts -> Gigawatts.checkStated(gigawatts.value(), path + ".gigawatts", violations));
        fullCapacityBy.ifPresent(date -> violations.date(date, path + ".fullCapacityBy"));
    }

    @Override
    public String toString() {
        return acceleratorId
                + count.map(c -> " x" + c).orElse("")
                + power.map(p -> ", " + p).orElse("")
                + fullCapacityBy.map(d -> ", full capacity by " + d).orElse("");
    }
}
