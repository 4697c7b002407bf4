package org.planstudio.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planstudio.merge.Plans.area;
import static org.planstudio.merge.Plans.organization;
import static org.planstudio.merge.Plans.task;
import static org.planstudio.merge.Plans.taskIds;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.planstudio.merge.Conflict.Kind;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/** The case table of the three-way merge: each case edits copies of one base and checks the outcome. */
class PlanMergeTest {

    private final Plan base = Plans.base();
    private final Plan mine = Plans.copy(base);
    private final Plan theirs = Plans.copy(base);

    private MergeResult merge() {
        MergeResult result = PlanMerge.merge(base, mine, theirs, Locale.SIMPLIFIED_CHINESE);
        // Every result, resolved either way, must serialise: toBytes fails on a dangling reference.
        PlanResources.toBytes(result.plan());
        PlanResources.toBytes(result.resolveAll(Side.MINE));
        return result;
    }

    @Test
    void unchangedMineGivesTheirsAndUnchangedTheirsGivesMine() {
        task(mine, "t1").getTitle().setZh("改过的");
        task(theirs, "t4").setStatus(TaskStatus.DELAYED);
        assertTrue(PlanResources.equal(theirs, PlanMerge.merge(base, base, theirs).plan()));
        assertTrue(PlanResources.equal(mine, PlanMerge.merge(base, mine, base).plan()));
    }

    @Test
    void disjointElementsMerge() {
        task(mine, "t3").getTitle().setZh("信息化处改的");
        task(theirs, "t4").getTitle().setZh("卫生处改的");
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals("信息化处改的", task(result.plan(), "t3").getTitle().getZh());
        assertEquals("卫生处改的", task(result.plan(), "t4").getTitle().getZh());
    }

    @Test
    void differentFieldsOfOneElementMerge() {
        task(mine, "t1").getTitle().setZh("新标题");
        task(theirs, "t1").setStatus(TaskStatus.IN_PROGRESS);
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals("新标题", task(result.plan(), "t1").getTitle().getZh());
        assertEquals(TaskStatus.IN_PROGRESS, task(result.plan(), "t1").getStatus());
    }

    @Test
    void chineseAndEnglishOfOneTextAreSeparateValues() {
        Texts.setTranslation(task(mine, "t1").getTitle(), Texts.ENGLISH, "Data centre");
        task(theirs, "t1").getTitle().setZh("建设国家数据中心");
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals("建设国家数据中心", task(result.plan(), "t1").getTitle().getZh());
        assertEquals("Data centre", Texts.en(task(result.plan(), "t1").getTitle()).orElseThrow());
    }

    @Test
    void sameFieldToDifferentValuesIsAConflictSettledPerSide() {
        task(mine, "t1").getTitle().setZh("我的标题");
        task(theirs, "t1").getTitle().setZh("他们的标题");
        task(mine, "t2").getTitle().setZh("只有我改");
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Kind.CHANGED_BOTH, conflict.kind());
        assertEquals("t1", conflict.elementId());
        assertEquals("KeyTask", conflict.elementClass());
        assertEquals("title.zh", conflict.featurePath());
        assertEquals("1. 他们的标题", conflict.elementLabel(), "labelled as in the latest revision");
        assertEquals(List.of("建设数据中心", "我的标题", "他们的标题"),
                List.of(conflict.base().orElseThrow(), conflict.mine().orElseThrow(), conflict.theirs().orElseThrow()));
        assertEquals("他们的标题", task(result.plan(), "t1").getTitle().getZh());
        assertEquals("只有我改", task(result.plan(), "t2").getTitle().getZh());
        Plan chosen = result.resolve(Map.of(conflict.key(), Side.MINE));
        assertEquals("我的标题", task(chosen, "t1").getTitle().getZh());
        assertEquals("只有我改", task(chosen, "t2").getTitle().getZh());
    }

    @Test
    void sameFieldToTheSameValueIsNoConflict() {
        task(mine, "t1").setStatus(TaskStatus.COMPLETED);
        task(theirs, "t1").setStatus(TaskStatus.COMPLETED);
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(TaskStatus.COMPLETED, task(result.plan(), "t1").getStatus());
    }

    @Test
    void deleteByMineAgainstChangeByTheirsIsAConflict() {
        EcoreUtil.remove(task(mine, "t2"));
        task(theirs, "t2").getTitle().setZh("他们改了");
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Kind.DELETED_BY_MINE, conflict.kind());
        assertTrue(conflict.mine().isEmpty());
        assertEquals("他们改了", task(result.plan(), "t2").getTitle().getZh());
        assertNull(task(result.resolveAll(Side.MINE), "t2"));
    }

    @Test
    void deleteByTheirsAgainstChangeByMineIsAConflict() {
        task(mine, "t2").setStatus(TaskStatus.DELAYED);
        EcoreUtil.remove(task(theirs, "t2"));
        MergeResult result = merge();
        assertEquals(List.of(Kind.DELETED_BY_THEIRS), result.conflicts().stream().map(Conflict::kind).toList());
        assertNull(task(result.plan(), "t2"));
        Plan restored = result.resolveAll(Side.MINE);
        assertEquals(TaskStatus.DELAYED, task(restored, "t2").getStatus());
        assertEquals(List.of("t1", "t2", "t3"), taskIds(area(restored, "area-1")));
    }

    @Test
    void deleteOfAnUnchangedElementIsApplied() {
        EcoreUtil.remove(task(mine, "t3"));
        task(theirs, "t4").setStatus(TaskStatus.COMPLETED);
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertNull(task(result.plan(), "t3"));
        assertEquals(TaskStatus.COMPLETED, task(result.plan(), "t4").getStatus());
    }

    @Test
    void deletingAnAreaWhoseTaskTheOtherSideChangedIsOneConflict() {
        EcoreUtil.remove(area(mine, "area-2"));
        task(theirs, "t4").getTitle().setZh("远程医疗（扩大）");
        MergeResult result = merge();
        assertEquals(1, result.conflicts().size());
        assertEquals("area-2", result.conflicts().get(0).elementId());
        assertEquals(List.of("t4"), taskIds(area(result.plan(), "area-2")));
        assertNull(area(result.resolveAll(Side.MINE), "area-2"));
        assertNull(task(result.resolveAll(Side.MINE), "t4"));
    }

    @Test
    void additionsOnBothSidesAreKept() {
        area(mine, "area-1").getTasks().add(Plans.task("t-mine", 5, "我加的"));
        area(theirs, "area-1").getTasks().add(Plans.task("t-theirs", 6, "他们加的"));
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("t1", "t2", "t3", "t-theirs", "t-mine"), taskIds(area(result.plan(), "area-1")));
    }

    @Test
    void additionKeepsItsPositionAmongTheOthers() {
        area(mine, "area-1").getTasks().add(1, Plans.task("t-mine", 5, "插在第二位"));
        task(theirs, "t3").setStatus(TaskStatus.COMPLETED);
        assertEquals(List.of("t1", "t-mine", "t2", "t3"), taskIds(area(merge().plan(), "area-1")));
    }

    @Test
    void moveByMineAgainstChangeByTheirsMerges() {
        area(mine, "area-2").getTasks().add(task(mine, "t1"));
        task(theirs, "t1").getTitle().setZh("他们改了标题");
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("t2", "t3"), taskIds(area(result.plan(), "area-1")));
        assertEquals(List.of("t4", "t1"), taskIds(area(result.plan(), "area-2")));
        assertEquals("他们改了标题", task(result.plan(), "t1").getTitle().getZh());
    }

    @Test
    void movesToDifferentPlacesAreAConflict() {
        area(mine, "area-2").getTasks().add(task(mine, "t1"));
        Plans.area(theirs, "area-1");
        var third = Plans.area("area-3", 3, "新领域");
        theirs.getTaskAreas().add(third);
        third.getTasks().add(task(theirs, "t1"));
        MergeResult result = merge();
        assertEquals(List.of(Kind.MOVED_BOTH), result.conflicts().stream().map(Conflict::kind).toList());
        assertEquals(List.of("t1"), taskIds(area(result.plan(), "area-3")));
        assertEquals(List.of("t4", "t1"), taskIds(area(result.resolveAll(Side.MINE), "area-2")));
    }

    @Test
    void reorderByMineAgainstAdditionByTheirsMerges() {
        area(mine, "area-1").getTasks().move(0, 2); // t3 first
        area(theirs, "area-1").getTasks().add(Plans.task("t-new", 7, "新增"));
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("t3", "t1", "t2", "t-new"), taskIds(area(result.plan(), "area-1")));
    }

    @Test
    void reordersThatDoNotClashMerge() {
        area(mine, "area-1").getTasks().move(0, 2); // t3, t1, t2
        theirs.getTaskAreas().move(0, 1); // area-2 first
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("area-2", "area-1"), result.plan().getTaskAreas().stream().map(a -> a.getId()).toList());
        assertEquals(List.of("t3", "t1", "t2"), taskIds(area(result.plan(), "area-1")));
    }

    @Test
    void clashingReordersAreAConflict() {
        area(mine, "area-1").getTasks().move(0, 1); // t2, t1, t3
        area(theirs, "area-1").getTasks().move(2, 1); // t1, t3, t2
        MergeResult result = merge();
        assertEquals(List.of(Kind.REORDERED_BOTH), result.conflicts().stream().map(Conflict::kind).toList());
        assertEquals("tasks", result.conflicts().get(0).featurePath());
        assertEquals(List.of("t1", "t3", "t2"), taskIds(area(result.plan(), "area-1")));
        assertEquals(List.of("t2", "t1", "t3"), taskIds(area(result.resolveAll(Side.MINE), "area-1")));
    }

    @Test
    void referenceListsMergeByTargetId() {
        task(mine, "t1").getLeadUnits().add(organization(mine, "org-it"));
        task(theirs, "t1").getLeadUnits().add(organization(theirs, "org-health"));
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("org-health", "org-it"),
                task(result.plan(), "t1").getLeadUnits().stream().map(o -> o.getId()).toList());
        assertTrue(result.plan().getOrganizations().containsAll(task(result.plan(), "t1").getLeadUnits()));
    }

    @Test
    void referenceToAnElementTheOtherSideDeletedIsAConflictAndNeverDangles() {
        task(mine, "t1").getLeadUnits().add(organization(mine, "org-health"));
        EcoreUtil.remove(organization(theirs, "org-health"));
        MergeResult result = merge();
        assertEquals(List.of(Kind.DELETED_BY_THEIRS), result.conflicts().stream().map(Conflict::kind).toList());
        assertEquals("org-health", result.conflicts().get(0).elementId());
        assertNull(organization(result.plan(), "org-health"));
        assertTrue(task(result.plan(), "t1").getLeadUnits().isEmpty());
        assertEquals(List.of(new Dropped("t1", "1. 建设数据中心", "leadUnits", "org-health", false)), result.dropped());
        Plan restored = result.resolveAll(Side.MINE);
        assertNotNull(organization(restored, "org-health"));
        assertEquals(organization(restored, "org-health"), task(restored, "t1").getLeadUnits().get(0));
    }

    @Test
    void linkToADeletedElementIsRemovedWithItsReference() {
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId("link-new");
        link.setKind(TraceKind.SUPPORTS);
        link.setSource(task(mine, "t2"));
        link.setTarget(task(mine, "t4"));
        mine.getTraceLinks().add(link);
        EcoreUtil.remove(task(theirs, "t4"));
        MergeResult result = merge();
        assertEquals(List.of("t4"), result.conflicts().stream().map(Conflict::elementId).toList());
        assertNull(Plans.byId(result.plan(), "link-new"));
        assertTrue(result.dropped().stream().anyMatch(d -> d.elementId().equals("link-new") && d.elementRemoved()));
        assertNotNull(Plans.byId(result.resolveAll(Side.MINE), "link-new"));
    }

    @Test
    void registryItemsMergeLikeAnyElement() {
        Platform added = PlanFactory.eINSTANCE.createPlatform();
        added.setId("pf-2");
        added.setName(Texts.of("新平台"));
        mine.getPlatforms().add(added);
        ((Platform) Plans.byId(theirs, "pf-1")).setStatus(ItemStatus.ACTIVE);
        MergeResult result = merge();
        assertEquals(List.of(), result.conflicts());
        assertEquals(List.of("pf-1", "pf-2"), result.plan().getPlatforms().stream().map(p -> p.getId()).toList());
        assertEquals(ItemStatus.ACTIVE, result.plan().getPlatforms().get(0).getStatus());
    }

    @Test
    void existingLinksKeepPointingIntoTheMergedPlan() {
        task(mine, "t1").getTitle().setZh("改");
        MergeResult result = merge();
        TraceLink link = result.plan().getTraceLinks().get(0);
        assertEquals(task(result.plan(), "t1"), link.getSource());
        assertFalse(link.getTarget().eIsProxy());
        assertEquals(result.plan(), EcoreUtil.getRootContainer(link.getTarget()));
    }

    @Test
    void versionsOfDifferentPlansAreRefused() {
        theirs.setId("other");
        assertThrows(IllegalArgumentException.class, () -> PlanMerge.merge(base, mine, theirs));
    }

    @Test
    void inputsAreNotModified() {
        task(mine, "t1").getTitle().setZh("我的");
        task(theirs, "t1").getTitle().setZh("他们的");
        Plan mineBefore = Plans.copy(mine);
        Plan theirsBefore = Plans.copy(theirs);
        merge().resolveAll(Side.MINE);
        assertTrue(PlanResources.equal(mineBefore, mine));
        assertTrue(PlanResources.equal(theirsBefore, theirs));
    }
}
