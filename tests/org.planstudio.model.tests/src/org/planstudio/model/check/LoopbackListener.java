package org.planstudio.model.check;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/** A listener on 127.0.0.1 that counts the connections it accepts; hostile files point at it. */
final class LoopbackListener implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread thread;

    LoopbackListener() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::accept, "loopback-listener");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                accepted.incrementAndGet();
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                accepted.incrementAndGet();
            }
        }
    }

    int accepted() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
