package org.planstudio.registry.io;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.internal.Messages;
import org.planstudio.registry.internal.Words;

/**
 * The columns of a registry file. A header may name a column by its English code or its Chinese
 * name (or a listed synonym); a hint in brackets and a trailing "*" are ignored, so
 * "经费（万元）" is {@link #BUDGET}. See docs/registries.md.
 */
public enum RegistryColumn {
    ID("id", "编号", "item id"),
    KIND("kind", "类别", "登记库", "registry", "sheet"),
    NAME_ZH("name_zh", "名称", "中文名称", "name"),
    NAME_EN("name_en", "英文名称", "english name"),
    TYPE("type", "类型"),
    STATUS("status", "状态"),
    HOST("host", "依托单位", "承担单位", "牵头单位", "host organisation", "host organization"),
    COUNTRIES("countries", "合作国家", "共建国家", "partner countries", "country"),
    START("start", "开始日期", "建立日期", "start date"),
    END("end", "结束日期", "end date"),
    TASKS("tasks", "服务任务", "重点任务", "任务"),
    DESCRIPTION("description", "简介", "说明"),
    BUDGET("budget", "经费", "项目经费"),
    PARTICIPANTS("participants", "参与主体", "参与单位"),
    CREDIT_CODE("credit_code", "统一社会信用代码", "信用代码"),
    AFFILIATION("affiliation", "所在单位", "工作单位"),
    FIELD("field", "研究方向", "专业领域");

    private static final Set<RegistryColumn> COMMON = EnumSet.range(ID, DESCRIPTION);

    /** Without these no row can be imported. {@link #KIND} may come from the sheet name instead. */
    public static final Set<RegistryColumn> REQUIRED = EnumSet.of(NAME_ZH, TYPE, STATUS);

    private final String code;
    private final String zh;
    private final List<String> synonyms;

    RegistryColumn(String code, String zh, String... synonyms) {
        this.code = code;
        this.zh = zh;
        this.synonyms = List.of(synonyms);
    }

    /** The English header name, e.g. {@code name_zh}. */
    public String code() {
        return code;
    }

    /** The Chinese header name, e.g. 名称. */
    public String zh() {
        return zh;
    }

    /** The header to write: Chinese for a Chinese locale, the code otherwise. */
    public String header(Locale locale) {
        return Words.isChinese(locale) ? zh : code;
    }

    /** What the column holds, in the locale's language, for reports and help texts. */
    public String description(Locale locale) {
        return Messages.format(locale, "column." + name());
    }

    /** Whether rows of this registry use the column ({@link #BUDGET} only joint projects, …). */
    public boolean appliesTo(RegistryKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (this) {
            case BUDGET, PARTICIPANTS -> kind == RegistryKind.JOINT_PROJECT;
            case CREDIT_CODE -> kind == RegistryKind.INNOVATION_ENTITY;
            case AFFILIATION, FIELD -> kind == RegistryKind.EXPERT;
            default -> COMMON.contains(this);
        };
    }

    /** The columns a file for this registry has, in file order. */
    public static List<RegistryColumn> columnsFor(RegistryKind kind) {
        return Arrays.stream(values()).filter(column -> column.appliesTo(kind)).toList();
    }

    public static Optional<RegistryColumn> forHeader(String header) {
        String word = Words.normalizeHeader(Objects.requireNonNull(header, "header"));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(column -> column.names().anyMatch(word::equals)).findFirst();
    }

    private Stream<String> names() {
        return Stream.concat(Stream.of(code, zh), synonyms.stream())
                .map(Words::normalizeHeader);
    }
}
