package cn.jinshan.ladder.kit.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local TCP forwarder on a fixed port that a test can cut ({@link #stop()}: listener closed and every open
 * connection reset, so clients see the server vanish) and bring back on the same port ({@link #start()}), while
 * the server behind it keeps its data.
 */
public final class TcpProxy implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    private TcpProxy(int port, int targetPort) {
        this.port = port;
        this.targetPort = targetPort;
    }

    /** Starts forwarding a free local port to {@code 127.0.0.1:targetPort}. */
    public static TcpProxy forwardingTo(int targetPort) {
        TcpProxy proxy = new TcpProxy(freePort(), targetPort);
        proxy.start();
        return proxy;
    }

    /** Starts forwarding the given local port to {@code 127.0.0.1:targetPort}. */
    public static TcpProxy on(int port, int targetPort) {
        TcpProxy proxy = new TcpProxy(port, targetPort);
        proxy.start();
        return proxy;
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
            daemon("tcp-proxy-" + port, () -> accept(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        ServerSocket server = listener;
        listener = null;
        closeQuietly(server);
        open.forEach(TcpProxy::reset);
        open.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            open.add(client);
            try {
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("tcp-proxy-pump-" + port, () -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                reset(to);
            } finally {
                closeQuietly(to);
            }
        });
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed: nothing to reset
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // closing while cutting the connection: the failure is the point
        }
    }
}
