package cn.jinshan.ladder.notification.rules.domain;

/** Whom a rule notifies, resolved against the event and the recipient directory. */
public enum RecipientKind {
    /** Every user with the OFFICIAL role (区经委). */
    OFFICIALS,
    /** Every user with the ADMIN role. */
    ADMINS,
    /** The firm's specialist (服务专员), named in the event or in the directory. */
    SPECIALIST,
    /** Every user of the firm the event concerns. */
    ENTERPRISE
}
