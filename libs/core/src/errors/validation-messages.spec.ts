import {
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  validate,
  validateSync,
} from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import { describeFieldErrors, toFieldErrors } from './validation-messages';

class Contact {
  @IsEmail()
  email: string;
}

class Sample {
  @IsString()
  @MaxLength(5)
  name: string;

  @IsInt()
  @Min(1)
  @Max(10)
  places: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => Contact)
  contact?: Contact;

  @IsString()
  required: string;
}

function errorsOf(plain: object) {
  return toFieldErrors(validateSync(plainToInstance(Sample, plain)));
}

describe(toFieldErrors.name, () => {
  it('writes class-validator constraints in French with their arguments', () => {
    const fields = errorsOf({ name: 'beaucoup trop long', places: 0, required: 'ok' });
    expect(fields).toEqual([
      { field: 'name', messages: ['doit contenir au plus 5 caractères'] },
      { field: 'places', messages: ['doit être supérieur ou égal à 1'] },
    ]);
  });

  it('says a missing field is required', () => {
    expect(errorsOf({ name: 'a', places: 2 })).toEqual([{ field: 'required', messages: ['est obligatoire'] }]);
  });

  it('names nested fields with a dotted path', () => {
    expect(errorsOf({ name: 'a', places: 2, required: 'x', contact: { email: 'pas-un-email' } })).toEqual([
      { field: 'contact.email', messages: ['doit être une adresse e-mail valide'] },
    ]);
  });

  it('describes the fields in one French sentence', () => {
    expect(describeFieldErrors([{ field: 'email', messages: ['doit être une adresse e-mail valide'] }])).toBe(
      'email : doit être une adresse e-mail valide',
    );
  });
});

enum Mode {
  CAR = 'CAR',
  BUS = 'BUS',
}

class Defaults {
  @Max(150)
  distance = 400;

  @MinLength(2)
  name = 'a';

  @ArrayUnique()
  tags = ['x', 'x'];

  @IsEnum(Mode, { each: true })
  modes = ['PLANE'];
}

describe(`${toFieldErrors.name} (constraints with arguments)`, () => {
  it('writes the built-in constraints in French, with their arguments', async () => {
    const fields = toFieldErrors(await validate(new Defaults()));
    expect(Object.fromEntries(fields.map((f) => [f.field, f.messages]))).toEqual({
      distance: ['doit être inférieur ou égal à 150'],
      name: ['doit contenir au moins 2 caractères'],
      tags: ['ne doit pas contenir de doublons'],
      modes: ["doit valoir l'une des valeurs : CAR, BUS"],
    });
  });
});
