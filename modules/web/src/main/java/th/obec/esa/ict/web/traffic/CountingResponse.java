package th.obec.esa.ict.web.traffic;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Counts the body bytes an answer sends. The writer passes each write straight on to the
 * container's own writer and counts the bytes it will take in the response's encoding, holding
 * nothing back itself: the container's buffer stays the only one, so {@code reset},
 * {@code flushBuffer} and commit behave exactly as without the wrapper. (An earlier writer encoded
 * every write itself, three copies per attribute of a page: 5% of a page render, bench/pages.)
 */
final class CountingResponse extends HttpServletResponseWrapper {

  private CountingStream stream;
  private CountingWriter counter;
  private PrintWriter writer;

  CountingResponse(HttpServletResponse response) {
    super(response);
  }

  long bytes() {
    if (writer != null) {
      return counter.count();
    }
    return stream == null ? 0 : stream.count;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (writer != null) {
      throw new IllegalStateException("getWriter() has already been called");
    }
    return counted();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() has already been called");
      }
      counter = new CountingWriter(super.getWriter(), Charset.forName(getCharacterEncoding()));
      writer = new PrintWriter(counter, false);
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    super.flushBuffer();
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    restartCount();
  }

  @Override
  public void reset() {
    super.reset();
    restartCount();
  }

  private void restartCount() {
    if (stream != null) {
      stream.count = 0;
    }
    if (counter != null) {
      counter.restart();
    }
  }

  private CountingStream counted() throws IOException {
    if (stream == null) {
      stream = new CountingStream(super.getOutputStream());
    }
    return stream;
  }

  private static final class CountingStream extends ServletOutputStream {
    private final ServletOutputStream out;
    private long count;

    CountingStream(ServletOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    @Override
    public boolean isReady() {
      return out.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      out.setWriteListener(listener);
    }
  }

  /**
   * Passes each write on and counts the bytes it takes: in UTF-8 (the application's encoding) from
   * the characters themselves, a surrogate pair as four bytes even when split over two writes; in
   * any other encoding by encoding the text.
   */
  static final class CountingWriter extends Writer {
    private final Writer out;
    private final Charset charset;
    private final boolean utf8;
    private long count;
    private boolean pendingHigh;

    CountingWriter(Writer out, Charset charset) {
      this.out = out;
      this.charset = charset;
      this.utf8 = StandardCharsets.UTF_8.equals(charset);
    }

    long count() {
      return count + (pendingHigh ? 1 : 0);
    }

    void restart() {
      count = 0;
      pendingHigh = false;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      out.write(cbuf, off, len);
      count(CharBuffer.wrap(cbuf), off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      out.write(str, off, len);
      count(str, off, len);
    }

    @Override
    public void write(int c) throws IOException {
      out.write(c);
      count(String.valueOf((char) c), 0, 1);
    }

    private void count(CharSequence text, int off, int len) {
      if (utf8) {
        for (int i = off; i < off + len; i++) {
          add(text.charAt(i));
        }
      } else {
        count += text.subSequence(off, off + len).toString().getBytes(charset).length;
      }
    }

    /** UTF-8's length of one more character; an unpaired surrogate is sent as "?", one byte. */
    private void add(char c) {
      if (pendingHigh) {
        pendingHigh = false;
        if (Character.isLowSurrogate(c)) {
          count += 4;
          return;
        }
        count += 1;
      }
      if (c < 0x80) {
        count += 1;
      } else if (c < 0x800) {
        count += 2;
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = true;
      } else if (Character.isLowSurrogate(c)) {
        count += 1;
      } else {
        count += 3;
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
