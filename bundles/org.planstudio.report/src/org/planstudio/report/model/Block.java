package org.planstudio.report.model;

/** One piece of a report's body, in reading order. Renderers switch over the permitted kinds. */
public sealed interface Block permits Heading, Paragraph, Table, Chart, KeyFigures, Picture {
}
