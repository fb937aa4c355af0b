package com.computeledger.application.deal.port.in;

import com.computeledger.application.deal.DealCursor;
import com.computeledger.application.deal.DealPage;
import com.computeledger.application.deal.DealSort;
import com.computeledger.application.deal.IdempotencyKey;
import com.computeledger.domain.deal.Deal;
import com.computeledger.domain.deal.DealArchive;
import com.computeledger.domain.deal.DealDetails;
import com.computeledger.domain.deal.DealFilter;
import com.computeledger.domain.deal.DealHistoryEntry;
import com.computeledger.domain.deal.DealId;
import com.computeledger.domain.deal.DealStatus;
import com.computeledger.domain.shared.Actor;
import com.computeledger.domain.shared.Require;
import java.util.List;
import java.util.Optional;

/**
 * In-port: everything an adapter may ask of deals — record (one, or a batch in one transaction), revise,
 * move along the lifecycle, read with history, list a page, back up and restore — each a method with its command or query record, which checks
 * itself in its constructor. One in-port per aggregate, implemented by one service (docs/adr/0017).
 */
public interface DealUseCases {

    /**
     * Records the deal as {@code ANNOUNCED} at version 1. With a key already used for the same details it
     * records nothing and returns the deal that first request created; with a key used for other details it
     * fails with {@code IdempotencyKeyReusedException}.
     */
    RecordedDeal record(RecordDealCommand command);

    /** What to record (checked against the write rules, every broken one named), who records it, and an idempotency key. */
    record RecordDealCommand(DealDetails details, Actor actor, Optional<IdempotencyKey> idempotencyKey) {
        public RecordDealCommand {
            Require.present(details, "details").checkWriteRules();
            Require.present(actor, "actor");
            Require.present(idempotencyKey, "idempotencyKey");
        }

        public RecordDealCommand(DealDetails details, Actor actor) {
            this(details, actor, Optional.empty());
        }
    }

    /** The deal, and whether it came from an earlier request with the same idempotency key. */
    record RecordedDeal(Deal deal, boolean replayed) {
    }

    /** Records a batch of deals (a bulk import) in one transaction: all of them, or none. */
    List<Deal> recordAll(List<DealDetails> batch, Actor actor);

    /** The revised deal, one version higher; the stored deal unchanged when the details change nothing. */
    Deal revise(ReviseDealCommand command);

    /** The deal, the version the caller read, the new details (checked against the write rules) and who revises. */
    record ReviseDealCommand(DealId dealId, long expectedVersion, DealDetails details, Actor actor) {
        public ReviseDealCommand {
            Require.present(dealId, "dealId");
            Require.that(expectedVersion >= 1, "version", "must be at least 1");
            Require.present(details, "details").checkWriteRules();
            Require.present(actor, "actor");
        }
    }

    /** Moves a deal along its lifecycle, provided nobody changed it since the caller read it. */
    Deal changeStatus(ChangeDealStatusCommand command);

    /** The deal, the version the caller read, the target status and who moves it. */
    record ChangeDealStatusCommand(DealId dealId, long expectedVersion, DealStatus target, Actor actor) {
        public ChangeDealStatusCommand {
            Require.present(dealId, "dealId");
            Require.that(expectedVersion >= 1, "version", "must be at least 1");
            Require.present(target, "status");
            Require.present(actor, "actor");
        }
    }

    /** The deal as it is now; fails with {@code NotFoundException} when there is none. */
    Deal get(DealId id);

    /** Every change of the deal, oldest first; fails with {@code NotFoundException} when there is no such deal. */
    List<DealHistoryEntry> history(DealId id);

    /** How many deals the ledger holds. */
    long count();

    /** Lists deals, filtered and sorted, one page at a time. */
    DealPage list(ListDealsQuery query);

    /** A page request: filter, order, where the last page ended, and how many deals at most. */
    record ListDealsQuery(DealFilter filter, DealSort sort, Optional<DealCursor> after, int limit) {

        public static final int DEFAULT_LIMIT = 20;
        public static final int MAX_LIMIT = 100;

        public ListDealsQuery {
            Require.present(filter, "filter");
            Require.present(sort, "sort");
            Require.present(after, "cursor");
            Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
            after.ifPresent(cursor -> Require.that(cursor.sort() == sort, "cursor",
                    "was issued for sort '" + cursor.sort().parameter() + "', not '" + sort.parameter() + "'"));
        }
    }

    /**
     * The deals with their whole history, read in one transaction, in the order of {@code ids}: what a backup
     * keeps; fails with {@code NotFoundException} naming the first id with no deal.
     */
    List<DealArchive> archives(List<DealId> ids);

    /**
     * Restores deals from a backup, the whole batch in one transaction: a deal whose id is free is stored exactly
     * as archived (same id, status, version, timestamps and history, no write rules run again: they held when it
     * was written); one already stored with the same content is left as it is, so a backup can be imported twice;
     * one stored with other content, or naming a provider or accelerator that is not registered, is refused and
     * left out. One outcome per archive, in order.
     */
    List<RestoreOutcome> restoreAll(List<DealArchive> batch);

    /** What a restore did with one archived deal; a refusal says why. */
    record RestoreOutcome(DealId id, Result result, Optional<String> refusal) {

        public RestoreOutcome {
            Require.present(id, "id");
            Require.present(result, "result");
            Require.that(refusal.isPresent() == (result == Result.REFUSED), "refusal", "is given for a refusal only");
        }

        public static RestoreOutcome restored(DealId id) {
            return new RestoreOutcome(id, Result.RESTORED, Optional.empty());
        }

        public static RestoreOutcome alreadyPresent(DealId id) {
            return new RestoreOutcome(id, Result.ALREADY_PRESENT, Optional.empty());
        }

        public static RestoreOutcome refused(DealId id, String why) {
            return new RestoreOutcome(id, Result.REFUSED, Optional.of(why));
        }

        /** Stored now, stored before with the same content, or not stored. */
        public enum Result { RESTORED, ALREADY_PRESENT, REFUSED }
    }
}
