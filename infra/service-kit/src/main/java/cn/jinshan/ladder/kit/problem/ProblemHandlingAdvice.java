package cn.jinshan.ladder.kit.problem;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.DependencyUnavailableException;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure into an RFC 9457 problem with a stable type; never leaks stack traces. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemHandlingAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandlingAdvice.class);

    private final ObjectProvider<AuditLog> auditLog;

    ProblemHandlingAdvice(ObjectProvider<AuditLog> auditLog) {
        this.auditLog = auditLog;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.validation(e.violations());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<RuleViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new RuleViolation(
                        lastNode(v.getPropertyPath().toString()),
                        ruleName(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
                .toList();
        return Problems.validation(violations);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", "The object already exists");
        problem.setProperty("code", "duplicate");
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT,
                ProblemTypes.CONFLICT,
                "Conflict",
                "The object was changed by someone else; reload and try again");
        problem.setProperty("code", "stale-version");
        return problem;
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e, HttpServletRequest request) {
        auditLog.ifAvailable(audit -> audit.recordDenied(request));
        return Problems.of(
                HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", "You may not perform this action");
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(DependencyUnavailableException e) {
        log.warn("dependency {} unavailable: {}", e.dependency(), e.getMessage());
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTypes.UNAVAILABLE,
                e.dependency() + " unavailable",
                e.getMessage());
        problem.setProperty("service", e.dependency());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem);
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseDown(DataAccessResourceFailureException e) {
        return unavailable(new DependencyUnavailableException(
                "database", "The database is not reachable; please try again shortly", e));
    }

    @ExceptionHandler({
        MongoTimeoutException.class,
        MongoSocketException.class,
        MongoConnectionPoolClearedException.class,
        MongoNotPrimaryException.class,
        MongoNodeIsRecoveringException.class
    })
    ResponseEntity<ProblemDetail> databaseUnreachable(MongoException e) {
        return unavailable(new DependencyUnavailableException(
                "database", "The database is not reachable; please try again shortly", e));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                ProblemTypes.BAD_REQUEST,
                "Unreadable upload",
                "The request is not a well-formed multipart/form-data upload");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL,
                "Internal error",
                "Something went wrong on our side; quote the request id when reporting it");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<RuleViolation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new RuleViolation(error.getField(), ruleName(error.getCode()), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> violations.add(new RuleViolation(
                        error.getObjectName(), ruleName(error.getCode()), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.validation(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<RuleViolation> violations = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> violations.add(new RuleViolation(
                                result.getMethodParameter().getParameterName(),
                                ruleName(
                                        error.getCodes() == null
                                                ? "Invalid"
                                                : error.getCodes()[error.getCodes().length - 1]),
                                error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(Problems.validation(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<RuleViolation> violation = BodyErrors.violation(e);
        if (violation.isPresent()) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(violation.get())));
        }
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        ProblemTypes.BAD_REQUEST,
                        "Unreadable request body",
                        BodyErrors.describe(e)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return ResponseEntity.badRequest()
                .body(Problems.validation(List.of(new RuleViolation(
                        field == null ? "parameter" : field, "type", expected(e.getRequiredType())))));
    }

    /** What a parameter must be, in words; never the rejected value (it may be anything) or a class name. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Object::toString)
                                    .toList());
        }
        if (Number.class.isAssignableFrom(type)
                || type == int.class
                || type == long.class
                || type == double.class
                || type == float.class
                || type == short.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date or time in ISO 8601";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list of values";
        }
        return "has the wrong type";
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().toString().equals("about:blank"))) {
            problem.setType(statusCode.is4xxClientError() ? ProblemTypes.BAD_REQUEST : ProblemTypes.INTERNAL);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String ruleName(String code) {
        if (code == null || code.isEmpty()) {
            return "invalid";
        }
        int dot = code.lastIndexOf('.');
        String simple = dot < 0 ? code : code.substring(dot + 1);
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
