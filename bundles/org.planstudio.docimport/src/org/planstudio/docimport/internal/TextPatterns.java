package org.planstudio.docimport.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence patterns of Chinese policy documents that carry plan facts. */
final class TextPatterns {

    record Target(String name, BigDecimal value, String unit) {
    }

    record Principle(String name, String text) {
    }

    /** A task's text without its closing "（责任单位：…）", and the units it named. */
    record Units(String text, List<String> lead, List<String> supporting) {
    }

    /** "X关于印发《T》的通知": who issues the plan T with this notice. */
    record Wrapper(List<String> issuers, String title) {
    }

    private static final Pattern TARGET = Pattern.compile(
            "(建设|开展|服务|培育|培养|引进|打造|新增|新建|建成|创建|设立|支持|举办|认定|布局|组织|吸引|集聚|形成|推动|实施|开放|孵化|推广|征集|落地)"
                    + "(百|千|万|[0-9]+|[一二三四五六七八九十两]+[十百千万]?)(余)?(个|项|家|场|名|人|次|所|批|支|条)(?:以上|左右)?([^，。；、,;]{2,30})");
    private static final Pattern TARGET_YEAR = Pattern.compile("到\\s*(\\d{4})\\s*年");
    private static final Pattern ENUMERATION = Pattern.compile("(?:^|[，,；;：:。]|包括|主要有|主要包括)\\s*([一二三四五六七八九十]{1,3})是");
    private static final Pattern ASPECTS = Pattern.compile(
            "从(.+?)(\\d+|[一二三四五六七八九十两]{1,3})\\s*个(?:方面|领域|维度)");
    private static final Pattern BOOK = Pattern.compile("《([^《》]+)》");
    private static final Pattern ABBREVIATION = Pattern.compile("以下简称\\s*[“\"]?《([^《》]+)》");
    private static final Pattern BASIS = Pattern.compile("^(根据|依据|按照|贯彻|落实)|文件精神|等重要文件|等文件");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,10})?\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*(\\d{1,4})\\s*号");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern YEARS = Pattern.compile("[（(]\\s*(\\d{4})\\s*[-－—–~～至]\\s*(\\d{4})\\s*年?\\s*[）)]");
    private static final String ORG_SUFFIX = "(?:管委会|委员会|管理委员会|办公厅|办公室|人民政府|政府|委|局|厅|部|署|办)";
    private static final Pattern ISSUERS = Pattern.compile(
            "([\\p{IsHan}]{1,14}?" + ORG_SUFFIX + "(?:、[\\p{IsHan}]{1,14}?" + ORG_SUFFIX + ")+)(?=[^\\p{IsHan}、]|开展|联合|共同|研究|制定|起草|印发|发布|组织|成立|牵头)");
    private static final Pattern WRAPPER = Pattern.compile("^(.+?)关于(?:印发|发布|转发)《([^《》]+)》的通知$");
    private static final Pattern ORG_LINE = Pattern.compile(
            "^(?:[\\p{IsHan}（）()]{1,30}" + ORG_SUFFIX + "[\\s\\u3000]*)+$");
    private static final Pattern UNITS = Pattern.compile(
            "[（(]\\s*(责任单位|牵头单位)\\s*[：:]([^（）()]+)[）)]\\s*[。；;]?\\s*$");
    private static final Pattern SUPPORTING = Pattern.compile("[；;]\\s*(?:配合单位|参与单位|协同单位)\\s*[：:]");
    private static final Pattern COUNT = Pattern.compile("(?:近|约|超过)?(\\d+)\\s*(?:余|多)?\\s*(?:位|家|个|名|人)");

    private TextPatterns() {
    }

    static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String sentence : text.split("(?<=[。！？!?])|\\n")) {
            String clean = Paragraphs.strip(sentence);
            if (!clean.isEmpty()) {
                result.add(clean);
            }
        }
        return result;
    }

    /** "共商共建。面向…。创新引领。推动…。": short sentences are names, the sentences after them their text. */
    static List<Principle> principles(String text) {
        List<Principle> result = new ArrayList<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String sentence : sentences(text)) {
            String bare = sentence.substring(0, sentence.length() - (sentence.endsWith("。") ? 1 : 0))
                    .replaceFirst("^(坚持|——|—)", "");
            boolean isName = bare.length() >= 2 && bare.length() <= 10 && !bare.matches(".*[，,；;：:、].*");
            if (isName) {
                if (name != null) {
                    result.add(new Principle(name, body.toString()));
                }
                name = bare;
                body.setLength(0);
            } else if (name != null) {
                body.append(sentence);
            }
        }
        if (name != null) {
            result.add(new Principle(name, body.toString()));
        }
        return result;
    }

    static List<Target> targets(String text) {
        List<Target> result = new ArrayList<>();
        Matcher matcher = TARGET.matcher(text);
        while (matcher.find()) {
            int value = amount(matcher.group(2));
            // "形成一批…成果" is a batch of unstated size, not a target of one
            boolean batch = matcher.group(4).equals("批") && matcher.group(2).equals("一");
            if (value > 0 && !batch) {
                result.add(new Target(matcher.group(1) + matcher.group(5), BigDecimal.valueOf(value), matcher.group(4)));
            }
        }
        return result;
    }

    private static int amount(String token) {
        return switch (token) {
        case "百" -> 100;
        case "千" -> 1000;
        case "万" -> 10000;
        default -> {
            if (token.chars().allMatch(Character::isDigit)) {
                yield Integer.parseInt(token);
            }
            String base = token.replaceAll("[千万]$", "");
            int n = Markers.chinese(base);
            yield token.endsWith("千") ? n * 1000 : token.endsWith("万") ? n * 10000 : n;
        }
        };
    }

    static Optional<Integer> targetYear(String text) {
        Matcher matcher = TARGET_YEAR.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** "一是A，二是B，…十二是L。": the items, in order; empty unless there are at least two. */
    static List<String> enumeration(String text) {
        Matcher matcher = ENUMERATION.matcher(text);
        List<int[]> marks = new ArrayList<>();
        int expected = 1;
        while (matcher.find()) {
            if (Markers.chinese(matcher.group(1)) == expected) {
                marks.add(new int[] { matcher.start(1), matcher.end() });
                expected++;
            }
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String item = text.substring(marks.get(i)[1], end);
            int stop = i + 1 < marks.size() ? item.length() : firstStop(item);
            items.add(trimPunctuation(item.substring(0, stop)));
        }
        return items.size() >= 2 ? items : List.of();
    }

    private static int firstStop(String item) {
        int stop = item.indexOf('。');
        return stop < 0 ? item.length() : stop;
    }

    /** "从A、B、C3个方面": the aspects, when their count agrees with the number stated. */
    static List<String> aspects(String text) {
        Matcher matcher = ASPECTS.matcher(text);
        while (matcher.find()) {
            List<String> items = new ArrayList<>();
            for (String item : matcher.group(1).split("[、，,和及]")) {
                String clean = trimPunctuation(item);
                if (!clean.isEmpty()) {
                    items.add(clean);
                }
            }
            int stated = Markers.number(matcher.group(2));
            if (items.size() >= 2 && (stated == items.size() || stated == 0)) {
                return items;
            }
        }
        return List.of();
    }

    static String trimPunctuation(String text) {
        return Paragraphs.strip(text).replaceAll("^[，,；;：:、。\\s]+|[，,；;：:、。\\s]+$", "");
    }

    /** Titles in 《》 of the basis sentences ("根据…《A》《B》等重要文件精神"), without the plan's own names. */
    static List<String> basisDocuments(String text, Set<String> ownNames) {
        Set<String> found = new LinkedHashSet<>();
        for (String sentence : sentences(text)) {
            if (!BASIS.matcher(sentence).find()) {
                continue;
            }
            Matcher book = BOOK.matcher(sentence);
            while (book.find()) {
                String title = book.group(1).strip();
                if (!ownNames.contains(title)) {
                    found.add(title);
                }
            }
        }
        return new ArrayList<>(found);
    }

    static List<String> abbreviations(String text) {
        List<String> result = new ArrayList<>();
        Matcher matcher = ABBREVIATION.matcher(text);
        while (matcher.find()) {
            result.add(matcher.group(1));
        }
        return result;
    }

    static List<String> books(String text) {
        List<String> result = new ArrayList<>();
        Matcher matcher = BOOK.matcher(text);
        while (matcher.find()) {
            result.add(matcher.group(1));
        }
        return result;
    }

    static Optional<String> documentNumber(String text) {
        Matcher matcher = DOCUMENT_NUMBER.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String prefix = matcher.group(1) == null ? "" : matcher.group(1);
        return Optional.of(prefix + "〔" + matcher.group(2) + "〕" + matcher.group(3) + "号");
    }

    static Optional<LocalDate> date(String text) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            } catch (java.time.DateTimeException e) {
                // not a real day: look further
            }
        }
        return Optional.empty();
    }

    /** "自2024年3月正式启动": the first day of the month named. */
    static Optional<LocalDate> month(String text) {
        Matcher matcher = MONTH.matcher(text);
        if (matcher.find()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month >= 1 && month <= 12) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), month, 1));
            }
        }
        return Optional.empty();
    }

    static Optional<int[]> years(String text) {
        Matcher matcher = YEARS.matcher(text);
        return matcher.find() ? Optional.of(new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) })
                : Optional.empty();
    }

    /** "市科委、中关村管委会开展…": bodies named together as the ones acting. */
    static List<String> issuers(String text) {
        Matcher matcher = ISSUERS.matcher(text);
        if (!matcher.find()) {
            return List.of();
        }
        return List.of(matcher.group(1).split("、"));
    }

    /** Issuers signing at the end: one or more full names on a line, separated by spaces. */
    static List<String> signatories(List<String> tail) {
        List<String> names = new ArrayList<>();
        for (String line : tail) {
            if (DATE.matcher(line).find()) {
                continue;
            }
            for (String name : line.split("[\\s\\u3000]+")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    static Optional<Wrapper> wrapper(String line) {
        Matcher matcher = WRAPPER.matcher(Paragraphs.strip(line));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Wrapper(names(matcher.group(1), "[、\\s\\u3000]+"), matcher.group(2).strip()));
    }

    /** The signature in the head of a notice: a line of bodies' names right above the date line. */
    static List<String> signatureAboveDate(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = Paragraphs.strip(lines.get(i));
            String next = Paragraphs.strip(lines.get(i + 1));
            if (line.length() <= 60 && ORG_LINE.matcher(line).matches() && DATE.matcher(next).matches()) {
                return names(line, "[\\s\\u3000]+");
            }
        }
        return List.of();
    }

    /**
     * "…。（责任单位：A、B，C）": in Beijing's plans the units before the full-width comma lead and
     * those after it support; "（牵头单位：A；配合单位：B）" says so in words.
     */
    static Optional<Units> units(String text) {
        Matcher matcher = UNITS.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String named = matcher.group(2).strip();
        String lead;
        String supporting;
        Matcher split = SUPPORTING.matcher(named);
        if (split.find()) {
            lead = named.substring(0, split.start());
            supporting = named.substring(split.end());
        } else if (matcher.group(1).equals("责任单位") && named.indexOf('，') > 0) {
            lead = named.substring(0, named.indexOf('，'));
            supporting = named.substring(named.indexOf('，') + 1);
        } else {
            lead = named;
            supporting = "";
        }
        List<String> leadUnits = names(lead, "[、，,]");
        if (leadUnits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Units(Paragraphs.strip(text.substring(0, matcher.start())), leadUnits,
                names(supporting, "[、，,]")));
    }

    private static List<String> names(String list, String separators) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(separators)) {
            String clean = trimPunctuation(name);
            if (!clean.isEmpty() && !names.contains(clean)) {
                names.add(clean);
            }
        }
        return names;
    }

    /** "以…为指导": the sentence a guiding ideology opens with when it has no heading of its own. */
    static boolean isGuidance(String paragraph) {
        return paragraph.startsWith("以") && paragraph.matches("(?s)^以.{2,80}?为(指导|引领|统领|主线).*");
    }

    static Optional<Integer> count(String text) {
        Matcher matcher = COUNT.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** "先后邀请A、B、C等智库机构" / "先后与A、B等园区…": the names listed. */
    static List<String> participants(String text) {
        Matcher matcher = Pattern.compile("(?:邀请|与)([^，。；]*?、[^，。；]*?)等").matcher(text);
        if (!matcher.find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : matcher.group(1).split("、")) {
            String clean = trimPunctuation(name);
            if (!clean.isEmpty()) {
                names.add(clean);
            }
        }
        return names;
    }
}
