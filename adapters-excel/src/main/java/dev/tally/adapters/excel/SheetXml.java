package dev.tally.adapters.excel;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams a worksheet's XML to a {@link SheetXmlHandler} with Aalto's StAX parser, which reads
 * sheet XML several times faster than the JDK's SAX parser (fastexcel-reader uses it too). The
 * guards POI's parsers keep stay: the part's stream is POI's, with its zip-bomb ratio and size
 * limits; DTDs are not supported, so no entity can be declared, expanded or fetched; and a DOCTYPE
 * is refused as soon as it is met, as POI refuses it.
 */
final class SheetXml {

    /** What a refusal of a DOCTYPE says, so that the reader's message names it. */
    static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed in a workbook part";

    private static final XMLInputFactory FACTORY = factory();

    private SheetXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /**
     * Reads a sheet's XML, passing every element and text to the handler, or only the merged
     * areas.
     *
     * @param mergedAreasOnly  whether only {@code mergeCell} elements are passed, to find the
     *                         merged areas before the rows are read
     * @throws XMLStreamException if the XML is not well-formed or declares a DOCTYPE
     * @throws StopSheet if the handler stops the reading
     */
    static void read(InputStream in, SheetXmlHandler handler, boolean mergedAreasOnly)
            throws XMLStreamException, StopSheet {
        XMLStreamReader2 xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException(DOCTYPE_REFUSED, xml.getLocation());
                }
                if (mergedAreasOnly) {
                    if (event == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                        handler.startElement(xml);
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    handler.startElement(xml);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    handler.endElement(xml.getLocalName());
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && handler.wantsText()) {
                    // text not wanted (the white space between rows) is skipped by the parser, not decoded
                    handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
            if (!mergedAreasOnly) {
                handler.endDocument();
            }
        } finally {
            xml.close();
        }
    }
}
