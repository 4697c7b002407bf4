package org.planstudio.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.merge.Side;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.AuditAction;
import org.planstudio.store.ConflictPolicy;
import org.planstudio.store.ImportResult;
import org.planstudio.store.ImportResult.Outcome;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.SaveResult;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;
import org.planstudio.store.StoredPlan;

/**
 * Import of a {@code .plan} file: a file that records the revision it was exported from is merged
 * against that revision onto the latest, like a stale save; one that records none replaces the plan
 * as imports always did (the caller warns about that).
 */
final class MergingImport {

    private final DerbyPlanStore store;

    MergingImport(DerbyPlanStore store) {
        this.store = store;
    }

    ImportResult run(Path file, String author, String message, Map<String, Side> choices, ConflictPolicy policy)
            throws StoreException {
        // Parse and check everything before any transaction: a bad file never reaches the database.
        Plan plan = PlanXmi.readFile(file);
        PlanSplitter.split(plan);
        Optional<PlanProvenance.Base> base = provenance(file);
        String id = plan.getId();
        String detail = "imported " + file.toAbsolutePath() + (message.isEmpty() ? "" : ": " + message);
        Optional<PlanInfo> stored = store.planInfo(id);
        int fileBase = base.filter(b -> b.planId().equals(id)).map(PlanProvenance.Base::revision).orElse(0);
        if (stored.isEmpty()) {
            return plain(id, Outcome.CREATED, store.saveAudited(plan, 0, author, message, AuditAction.PLAN_IMPORTED,
                    detail), fileBase);
        }
        int latest = stored.get().latestRevision();
        if (fileBase < 1 || fileBase > latest) {
            return plain(id, Outcome.REPLACED, store.saveAudited(plan, latest, author, message,
                    AuditAction.PLAN_IMPORTED, detail + " (no base revision in the file: replaced the plan)"), fileBase);
        }
        StoredPlan baseRevision = store.loadUntracked(id, fileBase);
        if (!PlanProvenance.digest(baseRevision.plan()).equals(base.get().digest())) {
            // This database's revision is not the one the file was made from (another database's export):
            // merging against it would read its differences as edits, so the file replaces the plan as before.
            int saved = store.saveAudited(plan, latest, author, message, AuditAction.PLAN_IMPORTED,
                    detail + " (base revision " + fileBase + " in the file differs from this database's: replaced)");
            ImportResult replaced = plain(id, Outcome.REPLACED, saved, fileBase);
            return new ImportResult(id, Outcome.REPLACED, replaced.saved(), fileBase, false, Optional.empty(),
                    List.of(), List.of());
        }
        if (fileBase < latest && PlanResources.equal(plan, baseRevision.plan())) {
            return new ImportResult(id, Outcome.UNCHANGED, Optional.empty(), fileBase, true, Optional.empty(),
                    List.of(), List.of());
        }
        SaveResult result = new MergingSaver(store).save(plan, fileBase, author, message, choices, policy,
                AuditAction.PLAN_IMPORTED, AuditAction.PLAN_IMPORTED, detail);
        Outcome outcome = !result.isSaved() ? Outcome.CONFLICTS : result.merged() ? Outcome.MERGED : Outcome.SAVED;
        return new ImportResult(id, outcome, result.saved(), fileBase, true, result.mergedOnto(),
                result.conflicts(), result.dropped());
    }

    private ImportResult plain(String id, Outcome outcome, int revision, int fileBase) throws StoreException {
        RevisionInfo saved = store.revisions(id).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(IllegalStateException::new);
        return new ImportResult(id, outcome, Optional.of(saved), fileBase, true, Optional.empty(), List.of(),
                List.of());
    }

    private static Optional<PlanProvenance.Base> provenance(Path file) throws StoreException {
        try {
            return PlanProvenance.read(file);
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "ioRead", new Object[] {file, e.getMessage()}, e);
        }
    }
}
