package org.planstudio.registry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.registry.CountryName;
import org.planstudio.registry.RegistryTestPlans;
import org.planstudio.registry.internal.ImportCommandBuilder;

class CsvImportTest {

    // What platforms-mixed.csv holds besides its three good rows (2, 3 and 14).
    private static final java.util.Set<String> MIXED_PROBLEMS = Fixtures.sorted(
            "4:NAME_ZH:MISSING_VALUE", "5:COUNTRIES:UNKNOWN_COUNTRY", "6:START:BAD_DATE", "7:END:END_BEFORE_START",
            "8:ID:DUPLICATE_ID_IN_FILE", "9:ID:DUPLICATE_ID_IN_FILE", "10:ID:DUPLICATE_ID_IN_PLAN",
            "11:TASKS:UNKNOWN_TASK", "12:STATUS:UNKNOWN_STATUS", "13:TYPE:UNKNOWN_TYPE");

    @TempDir
    Path folder;

    private final Plan plan = RegistryTestPlans.plan();
    private final Plan before = EcoreUtil.copy(plan);

    @Test
    void checkOnlyReportsEveryBadRowWithRowColumnAndReasonAndChangesNothing() throws Exception {
        ImportResult result = RegistryImport.into(plan).read(Fixtures.copy("platforms-mixed.csv", folder));
        ImportReport report = result.report();

        assertEquals(Optional.empty(), result.command());
        assertEquals(13, report.rowsRead());
        assertEquals(3, report.goodRows());
        assertEquals(3, report.goodRows(RegistryKind.PLATFORM));
        assertEquals(10, report.badRows());
        assertEquals(MIXED_PROBLEMS, Fixtures.problems(report));
        assertTrue(Fixtures.unchanged(before, plan));

        ImportProblem country = report.problems().stream().filter(p -> p.row() == 5).findFirst().orElseThrow();
        assertEquals("XX", country.value());
        assertEquals("Row 5, countries “XX”: unknown country code or name", country.message(Locale.ENGLISH));
        assertEquals("第5行，合作国家“XX”：未知的国家代码或名称", country.message(Locale.SIMPLIFIED_CHINESE));
        ImportProblem duplicate = report.problems().stream().filter(p -> p.row() == 8).findFirst().orElseThrow();
        assertEquals(List.of("9"), duplicate.arguments());
        assertTrue(report.summary(Locale.ENGLISH).startsWith("platforms-mixed.csv: 13 rows read, 3 good, 10 with problems"),
                report.summary(Locale.ENGLISH));
    }

    @Test
    void goodRowsModeImportsOnlyTheGoodRowsInOneUndoableCommand() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
                .read(Fixtures.copy("platforms-mixed.csv", folder));
        assertTrue(result.report().willImport());
        assertEquals(MIXED_PROBLEMS, Fixtures.problems(result.report()));
        assertEquals(List.of("KZ", "UZ", "SG"), result.report().newCountries().stream().map(CountryName::code).toList());
        assertTrue(Fixtures.unchanged(before, plan), "reading does not change the plan");

        BasicCommandStack stack = Fixtures.execute(result);

        assertEquals(List.of("P-EXIST", "P-001", "P-002"), plan.getPlatforms().stream().map(Platform::getId).limit(3).toList());
        assertEquals(4, plan.getPlatforms().size());
        Platform lab = plan.getPlatforms().get(1);
        assertEquals(Optional.of("中哈联合实验室"), Texts.zh(lab.getName()));
        assertEquals(Optional.of("China-Kazakhstan Joint Laboratory"), Texts.en(lab.getName()));
        assertEquals("joint_laboratory", lab.getType());
        assertEquals(ItemStatus.ACTIVE, lab.getStatus());
        assertEquals("org.commission", lab.getHostOrganization().getId());
        assertEquals(List.of("KZ", "RU"), lab.getPartnerCountries().stream().map(Country::getCode).toList());
        assertSame(plan.getCountries().get(0), lab.getPartnerCountries().get(1), "the plan's own Russia is reused");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), PlanDates.toLocalDate(lab.getStartDate()));
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), PlanDates.toLocalDate(lab.getEndDate()));
        assertEquals(Optional.of("中哈两国共建"), Texts.zh(lab.getDescription()));

        Platform centre = plan.getPlatforms().get(2);
        assertEquals("technology_transfer_centre", centre.getType());
        assertEquals("org.zgc", centre.getHostOrganization().getId(), "found by short name 中关村管委会");
        assertEquals(List.of("UZ", "KZ"), centre.getPartnerCountries().stream().map(Country::getCode).toList());
        Platform park = plan.getPlatforms().get(3);
        assertFalse(park.getId().isBlank(), "an id is generated for a row without one");
        assertEquals(ItemStatus.COMPLETED, park.getStatus());

        Country kz = plan.getCountries().stream().filter(c -> "KZ".equals(c.getCode())).findFirst().orElseThrow();
        assertEquals(Optional.of("哈萨克斯坦"), Texts.zh(kz.getName()));
        assertEquals(Optional.of("Kazakhstan"), Texts.en(kz.getName()));
        assertEquals(4, plan.getCountries().size());
        assertEquals(Fixtures.sorted("P-001 -> task.08", "P-002 -> task.08", "P-002 -> task.09",
                park.getId() + " -> task.09"), Fixtures.implementsLinks(plan));

        stack.undo();
        assertTrue(Fixtures.unchanged(before, plan), "undo removes items, countries and links");

        stack.redo();
        assertEquals(4, plan.getPlatforms().size());
        assertEquals(4, Fixtures.implementsLinks(plan).size());
        assertEquals(4, plan.getCountries().size());
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsBad() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.ALL_OR_NOTHING)
                .read(Fixtures.copy("platforms-mixed.csv", folder));

        assertEquals(Optional.empty(), result.command());
        assertFalse(result.report().willImport());
        assertEquals(3, result.report().goodRows());
        assertTrue(result.report().summary(Locale.ENGLISH).contains("every row must be good"));
        assertTrue(Fixtures.unchanged(before, plan));
    }

    @Test
    void allOrNothingImportsAFileWithoutProblems() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.ALL_OR_NOTHING)
                .defaultKind(RegistryKind.PLATFORM).read(Fixtures.copy("platforms-good.csv", folder));

        assertFalse(result.report().hasProblems());
        Fixtures.execute(result);
        assertEquals(List.of("P-EXIST", "G-1", "G-2"), plan.getPlatforms().stream().map(Platform::getId).toList());
        assertEquals(Fixtures.sorted("G-1 -> task.02"), Fixtures.implementsLinks(plan));
    }

    @Test
    void chineseHeadersWithBomAndEveryRegistryInOneFile() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
                .read(Fixtures.copy("mixed-zh-bom.csv", folder));

        assertChineseFixtureImported(result);
    }

    @Test
    void gb18030FilesAreReadToo() throws Exception {
        String text = Files.readString(Fixtures.copy("mixed-zh-bom.csv", folder), StandardCharsets.UTF_8).substring(1);
        Path gb = folder.resolve("gb18030.csv");
        Files.write(gb, text.getBytes(Charset.forName("GB18030")));

        assertChineseFixtureImported(RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS).read(gb));
    }

    private void assertChineseFixtureImported(ImportResult result) {
        ImportReport report = result.report();
        assertEquals(5, report.rowsRead());
        assertEquals(Fixtures.sorted("5:CREDIT_CODE:BAD_CREDIT_CODE", "6:PARTICIPANTS:PARTICIPANT_NOT_IMPORTED",
                "6:PARTICIPANTS:UNKNOWN_PARTICIPANT"), Fixtures.problems(report));
        assertEquals(1, report.goodRows(RegistryKind.INNOVATION_ENTITY));
        assertEquals(1, report.goodRows(RegistryKind.JOINT_PROJECT));
        assertEquals(1, report.goodRows(RegistryKind.EXPERT));

        Fixtures.execute(result);

        InnovationEntity entity = plan.getInnovationEntities().get(0);
        assertEquals("E-001", entity.getId());
        assertEquals("enterprise", entity.getType());
        assertEquals("91110108MA01ABCD2X", entity.getCreditCode());
        JointProject project = plan.getJointProjects().get(0);
        assertEquals("joint_research", project.getType());
        assertEquals(ItemStatus.ACTIVE, project.getStatus(), "实施中 is active");
        assertEquals(new BigDecimal("1200.5"), project.getBudget());
        assertEquals("org.commission", project.getHostOrganization().getId());
        assertEquals(List.of(entity), project.getParticipants(), "a participant from the same file, by name");
        assertEquals("KZ", project.getPartnerCountries().get(0).getCode());
        Expert expert = plan.getExperts().get(0);
        assertEquals("medicine_health", expert.getType());
        assertEquals("北京大学", expert.getAffiliation());
        assertEquals(Optional.of("肿瘤免疫"), Texts.zh(expert.getField()));
        assertEquals(Optional.of("Zhang San"), Texts.en(expert.getName()));
        assertEquals(Fixtures.sorted("E-001 -> task.01", "J-001 -> task.07"), Fixtures.implementsLinks(plan));
    }

    @Test
    void theExampleInTheDocumentationImportsWithoutProblems() throws Exception {
        // docs-example.csv is the example of docs/registries.md; keep the two the same.
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.ALL_OR_NOTHING)
                .read(Fixtures.copy("docs-example.csv", folder));

        assertEquals(List.of(), result.report().problems());
        Fixtures.execute(result);
        assertEquals(List.of("P-EXIST", "P-001"), plan.getPlatforms().stream().map(Platform::getId).toList());
        assertEquals(List.of(plan.getInnovationEntities().get(0)), plan.getJointProjects().get(0).getParticipants());
        assertEquals(Optional.of(LocalDate.of(2026, 5, 31)),
                PlanDates.toLocalDate(plan.getJointProjects().get(0).getEndDate()));
        assertEquals(1, plan.getExperts().size());
    }

    @Test
    void aFailureWhileBuildingTheCommandLeavesThePlanUnchanged() throws Exception {
        AtomicInteger created = new AtomicInteger();
        RegistryImport failing = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS).itemFactory(kind -> {
            if (created.incrementAndGet() == 2) {
                throw new IllegalStateException("simulated failure");
            }
            return ImportCommandBuilder.DEFAULT_FACTORY.create(kind);
        });
        Path file = Fixtures.copy("platforms-mixed.csv", folder);

        assertThrows(IllegalStateException.class, () -> failing.read(file));
        assertEquals(2, created.get());
        assertTrue(Fixtures.unchanged(before, plan));
    }

    @Test
    void aFailureWhileExecutingUndoesWhatWasAlreadyAdded() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
                .read(Fixtures.copy("platforms-mixed.csv", folder));
        Command command = result.command().orElseThrow();
        // Countries and platforms are added first; the trace links (the last step) fail after the list changed.
        AdapterImpl failOnLinks = new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                if (notification.getFeature() == PlanPackage.Literals.PLAN__TRACE_LINKS
                        && notification.getEventType() == Notification.ADD_MANY) {
                    throw new IllegalStateException("simulated failure");
                }
            }
        };
        plan.eAdapters().add(failOnLinks);

        assertThrows(IllegalStateException.class, command::execute);
        plan.eAdapters().remove(failOnLinks);
        assertTrue(Fixtures.unchanged(before, plan));

        plan.eAdapters().add(failOnLinks);
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(command);
        plan.eAdapters().remove(failOnLinks);
        assertFalse(stack.canUndo(), "the failed import is not on the stack");
        assertTrue(Fixtures.unchanged(before, plan));
    }

    @Test
    void aRowWithoutKindNeedsAKindColumnOrADefault() throws Exception {
        Path file = Fixtures.copy("platforms-good.csv", folder);

        ImportFileException missing = assertThrows(ImportFileException.class, () -> RegistryImport.into(plan).read(file));
        assertEquals(ImportFileException.Problem.MISSING_COLUMNS, missing.problem());
        assertTrue(missing.detail().contains("kind"), missing.detail());
        assertEquals(2, RegistryImport.into(plan).defaultKind(RegistryKind.PLATFORM).read(file).report().goodRows());
    }

    @Test
    void unknownColumnsAreReportedNotRead() throws IOException, ImportFileException {
        Path file = folder.resolve("extra.csv");
        Files.writeString(file, "name_zh,type,status,备注\n示例平台,other,planned,随便写写\n", StandardCharsets.UTF_8);

        ImportReport report = RegistryImport.into(plan).defaultKind(RegistryKind.PLATFORM).read(file).report();

        assertEquals(List.of("备注"), report.ignoredColumns());
        assertEquals(1, report.goodRows());
    }
}
