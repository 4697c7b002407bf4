package org.planstudio.store.internal.tools;

import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/**
 * The edits a person makes between two saves, made deterministic: applied to the same plan with the
 * same revision number they always give an equal plan, so a crash test can tell what revision r
 * must hold from revision r - 1 alone. Unlike {@link SyntheticPlan#build} they touch a few elements,
 * which is what a save of a plan the store handed out writes from its tracked changes.
 */
public final class SyntheticEdits {

    private SyntheticEdits() {
    }

    /** Changes the plan in place as revision {@code revision}'s edits. */
    public static void apply(Plan plan, int revision) {
        Objects.requireNonNull(plan, "plan");
        Random random = new Random(revision * 7919L);
        plan.setDocumentNumber("r" + revision);
        List<Platform> platforms = plan.getPlatforms();
        for (int i = 0; i < 5 && !platforms.isEmpty(); i++) {
            Platform platform = platforms.get(random.nextInt(platforms.size()));
            platform.setName(Texts.of("平台 " + platform.getId() + " 第 " + revision + " 版",
                    "Platform " + platform.getId() + " r" + revision));
            platform.setStatus(ItemStatus.get(random.nextInt(ItemStatus.VALUES.size())));
        }
        EList<KeyTask> tasks = plan.getTaskAreas().get(0).getTasks();
        for (int i = 0; i < 2; i++) {
            KeyTask task = tasks.get(random.nextInt(tasks.size()));
            task.setTitle(Texts.of("任务 " + task.getId() + " 第 " + revision + " 版"));
        }
        SyntheticPlan.add(plan, plan.getPlatforms(), PlanFactory.eINSTANCE.createPlatform(), "platform-r" + revision,
                revision, revision);
        if (revision % 3 == 0 && platforms.size() > 1) {
            remove(plan, platforms.get(random.nextInt(platforms.size() - 1)));
        }
        if (revision % 5 == 0) {
            tasks.move(random.nextInt(tasks.size()), random.nextInt(tasks.size()));
        }
    }

    // A platform is referenced by its implements link alone (SyntheticPlan), which goes with it.
    private static void remove(Plan plan, Platform platform) {
        List<TraceLink> links = plan.getTraceLinks().stream().filter(l -> l.getSource() == platform).toList();
        links.forEach(EcoreUtil::remove);
        EcoreUtil.remove(platform);
    }
}
