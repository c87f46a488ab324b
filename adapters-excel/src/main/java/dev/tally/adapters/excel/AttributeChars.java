package dev.tally.adapters.excel;

import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * The characters of one attribute's value, read from the parser's own buffer, so that the
 * attributes every cell has ({@code r}, {@code s}, {@code t}) cost no string. Exactly the value's
 * characters: the parser hands typed values over trimmed of white space and control characters,
 * in its buffer, so a value next to such a character there (one it may have trimmed), or holding
 * nothing else, is taken as a string instead. Valid until the parser moves on. Not thread-safe.
 */
final class AttributeChars extends TypedValueDecoder implements CharSequence {

    private char[] chars;
    private int start;
    private int end;
    private boolean whole;

    /**
     * Reads the value of the attribute at {@code index} of the element at which the reader stands.
     *
     * @throws XMLStreamException if the parser cannot give it
     */
    void read(XMLStreamReader2 xml, int index) throws XMLStreamException {
        whole = false;
        xml.getAttributeAs(index, this);
        if (!whole) {
            chars = xml.getAttributeValue(index).toCharArray();
            start = 0;
            end = chars.length;
        }
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public char charAt(int index) {
        return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return new String(chars, start, length());
    }

    @Override
    public void decode(String text) {
        // the parser gives its buffer, not a string
    }

    @Override
    public void decode(char[] buffer, int from, int to) {
        whole = (from == 0 || buffer[from - 1] > ' ') && (to == buffer.length || buffer[to] > ' ');
        chars = buffer;
        start = from;
        end = to;
    }

    @Override
    public void handleEmptyValue() {
        // empty or only space: read as a string
    }
}
