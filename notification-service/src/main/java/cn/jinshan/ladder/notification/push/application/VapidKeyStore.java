package cn.jinshan.ladder.notification.push.application;

import java.util.function.Supplier;

/** Keeps the one VAPID key pair of the deployment, made on first start and shared by every replica. */
public interface VapidKeyStore {

    /** The stored pair, or a new one stored now if none was (the first writer wins). */
    VapidKeys loadOrCreate(Supplier<VapidKeys> generator);
}
