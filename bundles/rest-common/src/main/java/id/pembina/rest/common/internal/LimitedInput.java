package id.pembina.rest.common.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** A request body that ends the request with 413 problem+json once more than the limit has been read. */
final class LimitedInput extends FilterInputStream {

    private final long limit;
    private long read;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static ProblemException tooLarge(long limit) {
        // as text: a number argument would be grouped by the language ("1.024" in Indonesian)
        return new ProblemException(Problem.of(413, "too-large", "body.tooLarge", String.valueOf(Math.max(1, limit / 1024))));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw tooLarge(limit);
        }
    }
}
