package org.planstudio.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.text.Texts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Counts per partner country, the SVG's shapes, and the partner countries the map cannot show. */
class PartnerMapTest {

    private static final PlanFactory F = PlanFactory.eINSTANCE;
    private Plan plan;
    private Country kazakhstan;
    private Country china;
    private Country egypt;
    private Country singapore;
    private Country unknown;

    @BeforeEach
    void planWithRegistry() {
        plan = F.createPlan();
        kazakhstan = country("KZ", "哈萨克斯坦", "Kazakhstan");
        china = country("CN", "中国", "China");
        egypt = country("EG", "埃及", "Egypt");
        singapore = country("SG", "新加坡", "Singapore");
        unknown = country("QQ", "未知", "Nowhere");
        country("BR", "巴西", "Brazil");   // a partner without items
        for (int i = 0; i < 4; i++) {
            plan.getPlatforms().add(item(F.createPlatform(), "p" + i, kazakhstan));
        }
        plan.getPlatforms().add(item(F.createPlatform(), "p-both", kazakhstan, egypt));
        plan.getJointProjects().add(item(F.createJointProject(), "j1", egypt));
        plan.getJointProjects().add(item(F.createJointProject(), "j2", singapore));
        plan.getJointProjects().add(item(F.createJointProject(), "j3"));   // no partner country
        plan.getExperts().add(item(F.createExpert(), "e1", singapore, unknown));
        plan.getInnovationEntities().add(item(F.createInnovationEntity(), "i1", china));
    }

    private Country country(String code, String zh, String en) {
        Country country = F.createCountry();
        country.setId("country." + code);
        country.setCode(code);
        country.setName(Texts.of(zh, en));
        plan.getCountries().add(country);
        return country;
    }

    private static <T extends RegistryItem> T item(T item, String id, Country... partners) {
        item.setId(id);
        item.getPartnerCountries().addAll(List.of(partners));
        return item;
    }

    /** Counted the plain way, registry by registry. */
    private Map<Country, Long> registryCounts() {
        Map<Country, Long> counts = new HashMap<>();
        Stream.<List<? extends RegistryItem>>of(plan.getPlatforms(), plan.getJointProjects(), plan.getInnovationEntities(),
                plan.getExperts()).flatMap(List::stream).forEach(item -> item.getPartnerCountries()
                        .forEach(country -> counts.merge(country, 1L, Long::sum)));
        return counts;
    }

    @Test
    void countsPerCountryEqualTheRegistrys() {
        Map<Country, List<RegistryItem>> counts = CountryCounts.of(plan);
        Map<Country, Long> sizes = counts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        assertEquals(registryCounts(), sizes);
        assertEquals(5, counts.get(kazakhstan).size());
        assertEquals(List.of(kazakhstan, china, egypt, singapore, unknown), List.copyOf(counts.keySet()), "plan order, no empty partners");
        assertTrue(counts.get(egypt).stream().anyMatch(i -> i instanceof Platform) && counts.get(egypt).stream().anyMatch(i -> i instanceof JointProject));
        assertTrue(counts.get(singapore).stream().anyMatch(i -> i instanceof Expert));
        assertEquals(10, CountryCounts.items(plan).size(), "every registry's items");
    }

    @Test
    void aPartnerCountryTheMapLacksIsListedNotDropped() {
        PartnerMap map = PartnerMap.of(plan);
        assertEquals(Set.of("SG", "QQ"), map.missing().stream().map(PartnerMap.Entry::code).collect(Collectors.toSet()));
        assertEquals(Set.of("KZ", "CN", "EG"), map.shown().stream().map(PartnerMap.Entry::code).collect(Collectors.toSet()));
        assertEquals(map.entries().size(), map.shown().size() + map.missing().size());

        List<String> english = MapLegendText.missingLines(map, Locale.ENGLISH, 110);
        assertEquals(1, english.size(), english.toString());
        assertTrue(english.get(0).contains("Singapore (SG) 2") && english.get(0).contains("Nowhere (QQ) 1"), english.get(0));
        String chinese = String.join("", MapLegendText.missingLines(map, Locale.SIMPLIFIED_CHINESE, 110));
        assertTrue(chinese.contains("新加坡（SG）2 项") && chinese.startsWith("地图上未显示"), chinese);

        String svg = MapSvg.write(map, Locale.ENGLISH, Optional.empty());
        assertTrue(svg.contains("Singapore (SG) 2"), "the SVG lists it");
    }

    @Test
    void theSvgHasOneShapePerCountryWithData() throws Exception {
        PartnerMap map = PartnerMap.of(plan);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(MapSvg.write(map, Locale.SIMPLIFIED_CHINESE, Optional.of("map-")).getBytes("UTF-8")));
        NodeList paths = svg.getElementsByTagName("path");
        assertEquals(WorldOutlines.bundled().all().size(), paths.getLength(), "every outline drawn once");
        Map<String, String> withData = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            assertTrue(codes.add(path.getAttribute("data-code")), "one shape per country: " + path.getAttribute("data-code"));
            if (path.getAttribute("class").contains("has-data")) {
                withData.put(path.getAttribute("data-code"), path.getAttribute("data-count"));
                assertEquals("a", path.getParentNode().getNodeName(), "click-through");
                assertEquals("#map-" + path.getAttribute("data-code"), ((Element) path.getParentNode()).getAttribute("href"));
            }
        }
        assertEquals(Map.of("KZ", "5", "CN", "1", "EG", "2"), withData);
        assertTrue(svg.getDocumentElement().getTextContent().contains("哈萨克斯坦：5 项登记事项"), "the count on hover");
        assertTrue(svg.getDocumentElement().getTextContent().contains("法国：无登记事项"), "countries without items named in Chinese too");
    }

    @Test
    void theLegendCoversEveryCountAndDarkensWithIt() {
        Legend legend = Legend.forMaximum(23);
        assertEquals(5, legend.bands().size());
        assertEquals(1, legend.bands().get(0).low());
        assertEquals(23, legend.bands().get(4).high());
        for (long count = 1; count <= 23; count++) {
            long c = count;
            assertEquals(1, legend.bands().stream().filter(b -> b.contains(c)).count(), "count " + count);
        }
        assertEquals(Legend.NO_DATA, legend.colour(0));
        assertFalse(legend.colour(1).equals(legend.colour(23)));
        assertEquals(List.of("1", "2"), Legend.forMaximum(2).bands().stream().map(Legend.Band::range).toList());
        assertTrue(Legend.forMaximum(0).bands().isEmpty());
    }

    @Test
    void theOutlinesAreTheNaturalEarthCountries() {
        WorldOutlines outlines = WorldOutlines.bundled();
        assertTrue(outlines.all().size() > 160, "Natural Earth 110m has ~175 countries: " + outlines.all().size());
        assertTrue(outlines.find("cn").isPresent() && outlines.find("KZ").isPresent() && outlines.find("BR").isPresent());
        assertTrue(outlines.find("SG").isEmpty(), "too small for 1:110m");
        assertTrue(outlines.find("AQ").isEmpty(), "Antarctica left out");
    }

    @Test
    void theProjectionPutsBeijingWhereItIs() {
        Projection projection = new Projection(0, 0, 360, 142);
        assertEquals(180 + 116.4, projection.x(116.4), 1e-9);
        assertEquals(84 - 39.9, projection.y(39.9), 1e-9);
        MapGeometry geometry = new MapGeometry(WorldOutlines.bundled(), projection);
        assertEquals(Optional.of("CN"), geometry.countryAt(projection.x(116.4), projection.y(39.9)).map(CountryOutline::code));
        assertEquals(Optional.of("KZ"), geometry.countryAt(projection.x(71.4), projection.y(51.2)).map(CountryOutline::code));
        assertEquals(Optional.empty(), geometry.countryAt(projection.x(-150), projection.y(0)), "the Pacific");
    }

    @Test
    void thePictureForWordHasTheSvgsProportions() throws Exception {
        PartnerMap map = PartnerMap.of(plan);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(MapPicture.png(map, Locale.SIMPLIFIED_CHINESE, 2)));
        assertEquals(2 * MapSvg.WIDTH, image.getWidth());
        assertEquals(2 * MapPicture.height(map, Locale.SIMPLIFIED_CHINESE), image.getHeight());
        Projection projection = new Projection(0, 0, 2 * MapSvg.WIDTH, 2 * MapSvg.MAP_HEIGHT);
        int rgb = image.getRGB((int) projection.x(71.4), (int) projection.y(48)) & 0xffffff;
        assertEquals(Integer.parseInt(map.legend().colour(5).substring(1), 16), rgb, "Kazakhstan in the darkest class");
    }
}
