package org.planstudio.model.io;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * A .plan file: XMI whose references are the elements' ids, saved the same way wherever it is
 * saved, so that equal plans give equal bytes (the store fingerprints and diffs them).
 */
public final class PlanResource extends XMIResourceImpl {

    // EMF writes dates in the JVM's time zone; a fixed zone makes the bytes machine-independent.
    // Plan dates are calendar days in Beijing (see PlanDates), so that zone keeps them readable.
    // uuuu, not yyyy: the proleptic year, which is what the reader (PlanDateText) parses back.
    // The offset keeps its seconds when it has any (Beijing before 1901 was +08:05:43), so that
    // every instant reads back as itself; from 1901 on this is the usual +0800.
    private static final DateTimeFormatter DATE_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss.SSS").appendOffset("+HHMMss", "+0000").toFormatter(Locale.ROOT)
            .withZone(ZoneId.of("Asia/Shanghai"));

    public PlanResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, 80);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        return options;
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        // Ids may be referenced before the element that carries them.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // Never look for a package at its namespace URI (that would be a network request).
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        return options;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new SafeXmiLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    @Override
    protected XMLHelper createXMLHelper() {
        return new XMIHelperImpl(this) {
            @Override
            public String convertToString(EFactory factory, EDataType dataType, Object value) {
                if (dataType == EcorePackage.Literals.EDATE && value instanceof Date date) {
                    return DATE_FORMAT.format(date.toInstant());
                }
                return super.convertToString(factory, dataType, value);
            }

            // EMF parses dates leniently (2027-13-45 becomes 2028-02-14); this parser refuses what is no calendar day.
            @Override
            public Object createFromString(EFactory factory, EDataType dataType, String value) {
                if (dataType == EcorePackage.Literals.EDATE && value != null) {
                    return PlanDateText.parse(value);
                }
                return super.createFromString(factory, dataType, value);
            }
        };
    }
}
