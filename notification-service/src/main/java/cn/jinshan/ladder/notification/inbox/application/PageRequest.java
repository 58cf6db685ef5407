package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.kit.error.InvalidInputException;

/** A page of the inbox: zero-based page number and a size between 1 and 100. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "min", "page must be 0 or more");
        }
        if (size < 1) {
            throw new InvalidInputException("size", "min", "size must be at least 1");
        }
        if (size > MAX_SIZE) {
            throw new InvalidInputException("size", "max", "size must be at most " + MAX_SIZE);
        }
    }
}
