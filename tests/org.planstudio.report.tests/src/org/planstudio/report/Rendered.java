package org.planstudio.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.planstudio.model.plan.Plan;
import org.planstudio.report.model.Report;

/** Reports rendered once per plan, type, format and language and shared by the tests. */
final class Rendered {

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Rendered() {
    }

    static byte[] sample(ReportType type, ReportFormat format, Locale locale) {
        return CACHE.computeIfAbsent("sample/" + type + "/" + format + "/" + locale, key -> {
            try {
                return render(TestPlans.sample(), type, format, locale);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static byte[] hostile(ReportType type, ReportFormat format) {
        return CACHE.computeIfAbsent("hostile/" + type + "/" + format, key -> {
            try {
                return render(TestPlans.hostile(), type, format, Locale.SIMPLIFIED_CHINESE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static byte[] render(Plan plan, ReportType type, ReportFormat format, Locale locale) {
        Report report = Reports.build(ReportRequest.of(plan, type, locale, TestPlans.AS_OF).withRevision(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Reports.render(report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
