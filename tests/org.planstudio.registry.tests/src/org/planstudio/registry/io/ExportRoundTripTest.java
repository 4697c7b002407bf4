package org.planstudio.registry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.RegistryKinds;
import org.planstudio.registry.RegistryTestPlans;

class ExportRoundTripTest {

    @TempDir
    Path folder;

    /** A plan with items in all four registries, with countries, hosts, tasks, participants and dates. */
    private Plan filledPlan() throws Exception {
        Plan plan = RegistryTestPlans.plan();
        Fixtures.execute(RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
                .read(Fixtures.copy("platforms-mixed.csv", folder)));
        Fixtures.execute(RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
                .read(Fixtures.copy("mixed-zh-bom.csv", folder)));
        Fixtures.execute(RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS)
                .read(XlsxImportTest.workbook(folder)));
        return plan;
    }

    @Test
    void exportThenImportGivesEqualItemsAndLinks() throws Exception {
        Plan source = filledPlan();
        Plan target = RegistryTestPlans.plan();
        target.getPlatforms().clear();

        // Entities before projects: a project's participants must exist when it is imported.
        List<RegistryKind> order = List.of(RegistryKind.INNOVATION_ENTITY, RegistryKind.PLATFORM,
                RegistryKind.JOINT_PROJECT, RegistryKind.EXPERT);
        for (RegistryKind kind : order) {
            Locale headers = kind == RegistryKind.PLATFORM || kind == RegistryKind.EXPERT ? Locale.SIMPLIFIED_CHINESE
                    : Locale.ENGLISH;
            Path file = folder.resolve(kind.name() + ".csv");
            RegistryExport.write(source, kind, file, headers);
            ImportResult result = RegistryImport.into(target).mode(ImportMode.ALL_OR_NOTHING).read(file);
            assertFalse(result.report().hasProblems(), result.report().problems().toString());
            Fixtures.execute(result);
        }

        for (RegistryKind kind : RegistryKind.values()) {
            List<RegistryItem> expected = items(source, kind);
            List<RegistryItem> actual = items(target, kind);
            assertFalse(expected.isEmpty(), kind.name());
            assertEquals(expected.size(), actual.size(), kind.name());
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(EcoreUtil.equals(expected.get(i), actual.get(i)), expected.get(i).getId());
            }
        }
        assertEquals(Fixtures.implementsLinks(source), Fixtures.implementsLinks(target));
        assertTrue(EcoreUtil.equals(source.getCountries(), target.getCountries()));
    }

    @Test
    void exportWritesABomAndTheHeaderLanguage() throws Exception {
        Plan source = filledPlan();
        Path zh = folder.resolve("platforms-zh.csv");
        RegistryExport.write(source, RegistryKind.PLATFORM, zh, Locale.SIMPLIFIED_CHINESE);
        StringBuilder en = new StringBuilder();
        RegistryExport.write(source, RegistryKind.PLATFORM, en, Locale.ENGLISH);

        String text = Files.readString(zh, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF编号,类别,名称,英文名称,类型,状态,依托单位,合作国家,开始日期,结束日期,服务任务,简介\r\n"), text);
        assertTrue(text.contains("P-001,平台,中哈联合实验室,China-Kazakhstan Joint Laboratory,联合实验室,运行中,org.commission,KZ;RU,2024-03-01,2027-12-31,8,中哈两国共建"), text);
        assertTrue(en.toString().startsWith("id,kind,name_zh,name_en,type,status,host,countries,start,end,tasks,description\r\n"));
        assertTrue(en.toString().contains("P-002,Platform,中乌技术转移中心,,Technology transfer centre,Active,org.zgc,UZ;KZ,2024-05-20,,8;9,"),
                en.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<RegistryItem> items(Plan plan, RegistryKind kind) {
        return List.copyOf((EList<RegistryItem>) plan.eGet(RegistryKinds.planFeature(kind)));
    }
}
