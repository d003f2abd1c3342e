import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, InvalidInputException } from '@app/common';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      // class-validator starts messages with the property name; keep the field out of the text.
      message: message.startsWith(`${e.property} `) ? message.slice(e.property.length + 1) : message,
    }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/** Validates every input and args class; failures become BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new InvalidInputException(flatten(errors)),
  });
}
