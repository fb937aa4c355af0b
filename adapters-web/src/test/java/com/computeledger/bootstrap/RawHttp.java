package com.computeledger.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 written byte for byte on a socket, from a chosen local address (any of 127.0.0.0/8 is this machine). */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} from {@code localAddress} to the port on 127.0.0.1 and returns the whole response. */
    static String exchange(String localAddress, int port, String request) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(localAddress),
                0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
