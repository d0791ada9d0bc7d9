import { ArrayUnique, IsEnum, Max, MinLength, validate } from 'class-validator';
import { toFieldErrors } from './validation-messages';

enum Mode {
  CAR = 'CAR',
  BUS = 'BUS',
}

class Sample {
  @Max(150)
  distance = 400;

  @MinLength(2)
  name = 'a';

  @ArrayUnique()
  tags = ['x', 'x'];

  @IsEnum(Mode, { each: true })
  modes = ['PLANE'];
}

describe(toFieldErrors.name, () => {
  it('writes the built-in constraints in French, with their arguments', async () => {
    const fields = toFieldErrors(await validate(new Sample()));
    expect(Object.fromEntries(fields.map((f) => [f.field, f.messages]))).toEqual({
      distance: ['doit être inférieur ou égal à 150'],
      name: ['doit contenir au moins 2 caractères'],
      tags: ['ne doit pas contenir de doublons'],
      modes: ["doit valoir l'une des valeurs : CAR, BUS"],
    });
  });
});
