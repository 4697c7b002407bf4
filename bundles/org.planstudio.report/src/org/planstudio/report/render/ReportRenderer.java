package org.planstudio.report.render;

import java.io.IOException;
import java.io.OutputStream;

import org.planstudio.report.model.Report;

/** Writes a report in one format. Renderers are stateless and may be shared between threads. */
public interface ReportRenderer {

    /** Writes the whole report to {@code out}; does not close it. */
    void render(Report report, OutputStream out) throws IOException;
}
