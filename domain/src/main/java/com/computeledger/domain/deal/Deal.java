package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Aggregate root: one compute deal between a customer and a provider.
 *
 * <p>Lifecycle: a deal is {@linkplain #record recorded} as {@code ANNOUNCED} at version 1; every
 * {@linkplain #revise revision} and {@linkplain #changeStatus status change} returns a new instance one
 * version higher together with the history entry that describes it, so nothing is ever overwritten
 * silently. Status moves follow {@link DealStatus}; a closed deal (completed or cancelled) cannot be
 * revised. The version is the optimistic-concurrency token: storage accepts a change only when the
 * stored version is the one the change started from.
 *
 * <p>Recording and revising run the write rules ({@link DealDetails#checkWriteRules}); a revision that
 * changes nothing is no revision (no new version, no history entry). Instances are immutable;
 * {@link #rehydrate} rebuilds one from storage as it was stored, without re-running history or the write
 * rules, so a deal stored under older rules can still be read, listed and analysed.
 */
public record Deal(DealId id, DealDetails details, DealStatus status, long version, Instant recordedAt,
                   Instant updatedAt) {

    public Deal {
        Require.present(id, "id");
        Require.present(details, "details");
        Require.present(status, "status");
        Require.that(version >= 1, "version", "must be at least 1");
        Require.present(recordedAt, "recordedAt");
        Require.present(updatedAt, "updatedAt");
    }

    /** A new deal, {@code ANNOUNCED}, at version 1, and the history entry that records it. */
    public static DealChange record(DealId id, DealDetails details, Actor actor, Instant now) {
        Require.present(details, "details").checkWriteRules();
        return new Deal(id, details, DealStatus.ANNOUNCED, 1, now, now)
                .change(DealChangeKind.RECORDED, actor, details.changesSince(Optional.empty()));
    }

    /** Rebuilds a deal exactly as it was stored (the canonical constructor, named for storage adapters). */
    public static Deal rehydrate(DealId id, DealDetails details, DealStatus status, long version, Instant recordedAt,
                                 Instant updatedAt) {
        return new Deal(id, details, status, version, recordedAt, updatedAt);
    }

    /** Replaces the details; refused once the deal is closed; empty when the new details change nothing. */
    public Optional<DealChange> revise(DealDetails newDetails, Actor actor, Instant now) {
        Require.present(newDetails, "details");
        if (!status.isOpen()) {
            throw new DealClosedException(id, status);
        }
        newDetails.checkWriteRules();
        List<FieldChange> changes = newDetails.changesSince(Optional.of(details));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Deal(id, newDetails, status, version + 1, recordedAt, now)
                .change(DealChangeKind.REVISED, actor, changes));
    }

    /** Moves to {@code target} when the lifecycle allows it. */
    public DealChange changeStatus(DealStatus target, Actor actor, Instant now) {
        Require.present(target, "status");
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransitionException(status, target);
        }
        return new Deal(id, details, target, version + 1, recordedAt, now).change(DealChangeKind.STATUS_CHANGED, actor,
                List.of(new FieldChange("status", Optional.of(status.name()), Optional.of(target.name()))));
    }

    /** Value per year (value / (months / 12)); empty when the value or the duration is undisclosed. */
    public Optional<DealValue> annualizedValue() {
        return Optional.of(details.value()).filter(DealValue::isDisclosed)
                .flatMap(value -> details.term().durationYears().map(value::dividedBy));
    }

    /** This deal as the outcome of a change made when it was last updated, with the history entry recording it. */
    private DealChange change(DealChangeKind kind, Actor actor, List<FieldChange> changes) {
        return new DealChange(this, new DealHistoryEntry(id, version, kind, actor, updatedAt, changes));
    }

    @Override
    public String toString() {
        return "Deal[" + id + " v" + version + " " + status + " " + details.customer() + " <- " + details.providerId()
                + ", " + details.value() + "]";
    }
}
