package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.text.Texts;

/** The partner-country map in the progress and quarterly reports: SVG with links in HTML, a picture in Word, the lacking countries named. */
class MapFigureTest {

    private static Plan plan;

    @BeforeAll
    static void sampleWithPartners() throws Exception {
        plan = TestPlans.sample();
        Country kazakhstan = country("KZ", "哈萨克斯坦", "Kazakhstan");
        Country egypt = country("EG", "埃及", "Egypt");
        Country singapore = country("SG", "新加坡", "Singapore");
        for (String name : List.of("中哈联合实验室", "中哈农业示范园", "中哈技术转移中心")) {
            platform(name, kazakhstan);
        }
        platform("中埃联合研究中心", egypt);
        platform("中新数字创新平台", singapore);
        platform("中新人工智能实验室", singapore);
    }

    private static Country country(String code, String zh, String en) {
        Country country = PlanFactory.eINSTANCE.createCountry();
        country.setId("country." + code.toLowerCase(Locale.ROOT));
        country.setCode(code);
        country.setName(Texts.of(zh, en));
        plan.getCountries().add(country);
        return country;
    }

    private static void platform(String name, Country partner) {
        Platform platform = PlanFactory.eINSTANCE.createPlatform();
        platform.setId("platform." + plan.getPlatforms().size() + ".map");
        platform.setName(Texts.of(name));
        platform.setStatus(ItemStatus.ACTIVE);
        platform.getPartnerCountries().add(partner);
        plan.getPlatforms().add(platform);
    }

    @ParameterizedTest
    @EnumSource(value = ReportType.class, names = { "PROGRESS", "QUARTERLY" })
    void htmlCarriesTheMapAsSvgWithCountsAndLinksToTheItems(ReportType type) {
        Document html = Extract.htmlDocument(Rendered.render(plan, type, ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE));
        List<Element> withData = html.select("figure.picture svg path.has-data");
        assertEquals(2, withData.size(), "Kazakhstan and Egypt; Singapore is too small for the map");
        Element kazakhstan = html.selectFirst("figure.picture svg path[data-code=KZ]");
        assertEquals("3", kazakhstan.attr("data-count"));
        assertTrue(kazakhstan.text().contains("哈萨克斯坦：3"), kazakhstan.text());
        assertEquals("#map-KZ", kazakhstan.parent().attr("href"));
        Element row = html.getElementById("map-KZ");
        assertTrue(row != null && row.text().contains("中哈联合实验室") && row.text().contains("中哈技术转移中心"), String.valueOf(row));
        assertTrue(html.getElementById("map-SG").text().contains("中新数字创新平台"), "the missing country's items are listed too");
        assertTrue(html.select("figure.picture svg text.missing").text().contains("新加坡（SG）2 项"), "named on the map");
        assertTrue(html.select("p.note").eachText().stream().anyMatch(t -> t.contains("新加坡")), "and in the text");
    }

    @ParameterizedTest
    @EnumSource(value = ReportType.class, names = { "PROGRESS", "QUARTERLY" })
    void wordCarriesTheMapAsAPicture(ReportType type) throws Exception {
        int without;
        try (XWPFDocument sample = new XWPFDocument(new ByteArrayInputStream(
                Rendered.sample(type, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE)))) {
            without = sample.getAllPictures().size();
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                Rendered.render(plan, type, ReportFormat.DOCX, Locale.SIMPLIFIED_CHINESE)))) {
            assertTrue(docx.getAllPictures().size() > without, "the map is one picture more");
            assertTrue(docx.getAllPictures().stream().anyMatch(p -> p.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG),
                    "a PNG image part");
            String text = docx.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertTrue(text.contains("合作国家登记事项数量分布"), "its caption");
            assertTrue(text.contains("新加坡"), "the country the map lacks is named");
        }
    }

    /**
     * The quarterly report and the briefing of the sample with partners and generated updates: the
     * map in both formats. With PLANSTUDIO_SAMPLES_DIR set these are the samples in docs/samples.
     */
    @Test
    void theQuarterlySampleWithUpdatesCarriesTheMap() throws Exception {
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 6, 30);
        Plan withSupport = org.planstudio.model.io.PlanResources.copy(plan);
        // Every task gets a supporting unit (a unit that leads none), whose part the generator writes.
        var leads = withSupport.getTaskAreas().stream().flatMap(a -> a.getTasks().stream())
                .flatMap(t -> t.getLeadUnits().stream()).collect(java.util.stream.Collectors.toSet());
        var support = withSupport.getOrganizations().stream().filter(o -> !leads.contains(o)).findFirst().orElseThrow();
        withSupport.getTaskAreas().stream().flatMap(a -> a.getTasks().stream())
                .forEach(t -> t.getSupportingUnits().add(support));
        Plan updated = org.planstudio.supervision.synthetic.UpdateGenerator.generate(withSupport, asOf, 20260630L);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (ReportType type : List.of(ReportType.QUARTERLY, ReportType.BRIEFING)) {
                for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.DOCX, ReportFormat.XLSX)) {
                    var out = new java.io.ByteArrayOutputStream();
                    Reports.render(Reports.build(ReportRequest.of(updated, type, locale, asOf)), format, out);
                    byte[] bytes = out.toByteArray();
                    if (type == ReportType.QUARTERLY && format == ReportFormat.HTML) {
                        Document html = Extract.htmlDocument(bytes);
                        assertEquals(2, html.select("figure.picture svg path.has-data").size());
                        assertTrue(html.text().contains(locale == Locale.ENGLISH ? "(supporting unit): 配合" : "（配合单位）：配合"),
                                "the supporting units' parts follow the lead unit's work");
                    }
                    if (type == ReportType.QUARTERLY && format == ReportFormat.DOCX) {
                        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                            assertEquals(1, docx.getAllPictures().size(), "the map, the report's only picture");
                        }
                    }
                    keepSample(type.cliName() + "-" + locale.getLanguage() + "." + format.name().toLowerCase(Locale.ROOT),
                            bytes);
                }
            }
        }
    }

    private static void keepSample(String name, byte[] bytes) throws java.io.IOException {
        String folder = System.getenv("PLANSTUDIO_SAMPLES_DIR");
        if (folder != null) {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            java.nio.file.Files.write(dir.resolve(name), bytes);
        }
    }

    @Test
    void aPlanWithoutPartnersSaysSoInsteadOfAnEmptyMap() {
        Document html = Extract.htmlDocument(Rendered.sample(ReportType.PROGRESS, ReportFormat.HTML, Locale.ENGLISH));
        assertTrue(html.select("figure.picture").isEmpty());
        assertFalse(html.select("p.note").eachText().stream().noneMatch(t -> t.contains("No registry item names a partner country")));
    }
}
