package org.planstudio.consultation.form;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a comment form (意见反馈表) and the headers offices write for them. */
public enum FormColumn {
    NUMBER(List.of("序号", "编号", "no", "no.", "number")),
    CLAUSE(List.of("章节或条款", "章节/条款", "章节、条款", "条款", "章节", "涉及条款", "clause", "section")),
    TEXT(List.of("修改意见", "意见", "意见建议", "修改意见或建议", "修改建议", "具体意见", "comment", "comments")),
    REASON(List.of("理由", "修改理由", "理由说明", "依据", "reason")),
    UNIT(List.of("提出单位", "单位", "意见提出单位", "反馈单位", "unit", "proposed by")),
    DATE(List.of("日期", "提出日期", "date"));

    private final List<String> headers;

    FormColumn(List<String> headers) {
        this.headers = headers;
    }

    /** The column a header names (spaces, colons and case ignored). */
    public static Optional<FormColumn> of(String header) {
        String h = header.replaceAll("[\\s\\u3000:：*]+", "").toLowerCase(Locale.ROOT);
        for (FormColumn column : values()) {
            if (column.headers.contains(h)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The header as the form template writes it. */
    public String header() {
        return headers.get(0);
    }
}
