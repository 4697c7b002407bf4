package org.planstudio.model.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The XML attacks of the bad-input campaign, built from the sample plan: each names {@code url}
 * (a loopback listener in the tests) where a careless reader would connect.
 */
final class HostileFiles {

    static final String ROOT_NS = "xmlns:plan=\"http://planstudio.org/model/plan/1.0\"";
    static final String LINK = "<traceLinks id=\"bj-bri-2024.link.task01.guided-by.co-build\" kind=\"GUIDED_BY\""
            + " source=\"bj-bri-2024.task.01\" target=\"bj-bri-2024.principle.co-build\"/>";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** A schema location for the plan's own, known namespace is ignored: the file is a valid plan. */
    static final java.util.Set<String> ACCEPTABLE = java.util.Set.of("schema-location");

    private HostileFiles() {
    }

    static Map<String, String> all(String sample, String url) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("href", SamplePlanText.replaceFirst(withXsi(sample), LINK,
                "<traceLinks id=\"bj-bri-2024.link.task01.guided-by.co-build\" kind=\"GUIDED_BY\""
                        + " source=\"bj-bri-2024.task.01\"><target xsi:type=\"plan:Principle\" href=\"" + url
                        + "/other.plan#p\"/></traceLinks>"));
        files.put("href-containment", sample.replaceFirst("(?s)<shortTitle zh=\"行动计划\">.*?</shortTitle>",
                "<shortTitle href=\"" + url + "/text.plan#t\"/>"));
        files.put("namespace", sample.replace(ROOT_NS, "xmlns:plan=\"" + url + "/ns\""));
        files.put("schema-location", SamplePlanText.replaceFirst(sample, ROOT_NS, ROOT_NS
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" + url + "/ns " + url
                + "/plan.ecore\""));
        files.put("schema-location-unknown-ns", SamplePlanText.replaceFirst(sample.replace(ROOT_NS,
                "xmlns:plan=\"" + url + "/ns\""), "xmlns:plan=\"" + url + "/ns\"", "xmlns:plan=\"" + url
                + "/ns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" + url + "/ns "
                + url + "/plan.ecore\""));
        files.put("dtd-system", sample.replace(PROLOG, PROLOG + "\n<!DOCTYPE plan:Plan SYSTEM \"" + url + "/plan.dtd\">"));
        files.put("external-entity", SamplePlanText.replaceFirst(sample.replace(PROLOG, PROLOG
                + "\n<!DOCTYPE plan:Plan [<!ENTITY xxe SYSTEM \"" + url + "/secret\">]>"), "zh=\"行动计划\"",
                "zh=\"&xxe;\""));
        files.put("parameter-entity", sample.replace(PROLOG, PROLOG
                + "\n<!DOCTYPE plan:Plan [<!ENTITY % remote SYSTEM \"" + url + "/evil.dtd\"> %remote;]>"));
        files.put("billion-laughs", SamplePlanText.replaceFirst(sample.replace(PROLOG, PROLOG + "\n" + laughs()),
                "zh=\"行动计划\"", "zh=\"&lol9;\""));
        files.put("xinclude", SamplePlanText.replaceFirst(sample, "<shortTitle zh=\"行动计划\">",
                "<shortTitle zh=\"行动计划\"><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + url
                        + "/inc.xml\"/>"));
        return files;
    }

    private static String withXsi(String sample) {
        return SamplePlanText.replaceFirst(sample, ROOT_NS, ROOT_NS
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE plan:Plan [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        return dtd.append("]>").toString();
    }

    /** Elements nested {@code depth} deep inside xmi:Extension, as in the file that hung the reader. */
    static String deepExtension(String sample, int depth) {
        StringBuilder nested = new StringBuilder("<xmi:Extension extender=\"x\">");
        nested.append("<a>".repeat(depth)).append("</a>".repeat(depth)).append("</xmi:Extension>");
        return SamplePlanText.replaceFirst(sample, "<shortTitle ", nested + "<shortTitle ");
    }
}
