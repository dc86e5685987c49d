package th.obec.esa.ict.web.traffic;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Counts the body bytes an answer sends. The writer encodes each write straight into the counted
 * stream, holding nothing back itself: the container's own buffer stays the only one, so
 * {@code reset}, {@code flushBuffer} and commit behave exactly as without the wrapper.
 */
final class CountingResponse extends HttpServletResponseWrapper {

  private CountingStream stream;
  private PrintWriter writer;

  CountingResponse(HttpServletResponse response) {
    super(response);
  }

  long bytes() {
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
      writer = new PrintWriter(new EncodingWriter(counted(), Charset.forName(getCharacterEncoding())), false);
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
    if (stream != null) {
      stream.count = 0;
    }
  }

  @Override
  public void reset() {
    super.reset();
    if (stream != null) {
      stream.count = 0;
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

  /** Encodes each write at once; a high surrogate at the end of a write waits for its pair. */
  private static final class EncodingWriter extends Writer {
    private final ServletOutputStream out;
    private final Charset charset;
    private char pendingHigh;

    EncodingWriter(ServletOutputStream out, Charset charset) {
      this.out = out;
      this.charset = charset;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      if (len <= 0) {
        return;
      }
      StringBuilder s = new StringBuilder(len + 1);
      if (pendingHigh != 0) {
        s.append(pendingHigh);
        pendingHigh = 0;
      }
      s.append(cbuf, off, len);
      if (Character.isHighSurrogate(s.charAt(s.length() - 1))) {
        pendingHigh = s.charAt(s.length() - 1);
        s.setLength(s.length() - 1);
      }
      out.write(s.toString().getBytes(charset));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      write(str.toCharArray(), off, len);
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
