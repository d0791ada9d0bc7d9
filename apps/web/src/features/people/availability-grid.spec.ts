import { gridOfSlots, moveInGrid, slotLabel, slotsOfGrid, toggleDay, toggleSlot } from './availability-grid';

describe(gridOfSlots.name, () => {
  it('makes one key per half-day of the API, without duplicates', () => {
    expect(
      gridOfSlots([
        { day: 'TUESDAY', part: 'MORNING' },
        { day: 'MONDAY', part: 'EVENING' },
        { day: 'TUESDAY', part: 'MORNING' },
      ]),
    ).toEqual(['TUESDAY:MORNING', 'MONDAY:EVENING']);
  });
});

describe(slotsOfGrid.name, () => {
  it('gives the API its slots in the order of the week, then of the day', () => {
    expect(slotsOfGrid(['SUNDAY:MORNING', 'MONDAY:EVENING', 'MONDAY:MORNING', 'WEDNESDAY:AFTERNOON'])).toEqual([
      { day: 'MONDAY', part: 'MORNING' },
      { day: 'MONDAY', part: 'EVENING' },
      { day: 'WEDNESDAY', part: 'AFTERNOON' },
      { day: 'SUNDAY', part: 'MORNING' },
    ]);
  });

  it('leaves out what is not a half-day of the week', () => {
    expect(slotsOfGrid(['MONDAY:NIGHT', 'HOLIDAY:MORNING', 'FRIDAY:AFTERNOON'])).toEqual([
      { day: 'FRIDAY', part: 'AFTERNOON' },
    ]);
  });

  it('gives back what it was given, through the grid and back', () => {
    const slots = [
      { day: 'MONDAY', part: 'MORNING' },
      { day: 'THURSDAY', part: 'AFTERNOON' },
      { day: 'SATURDAY', part: 'EVENING' },
    ] as const;
    expect(slotsOfGrid(gridOfSlots([...slots]))).toEqual(slots);
  });
});

describe(toggleSlot.name, () => {
  it('ticks and unticks one half-day only', () => {
    const ticked = toggleSlot(['MONDAY:MORNING'], 'FRIDAY', 'EVENING', true);
    expect(ticked).toEqual(['MONDAY:MORNING', 'FRIDAY:EVENING']);
    expect(toggleSlot(ticked, 'MONDAY', 'MORNING', false)).toEqual(['FRIDAY:EVENING']);
    expect(toggleSlot(ticked, 'FRIDAY', 'EVENING', true)).toEqual(['MONDAY:MORNING', 'FRIDAY:EVENING']);
  });
});

describe(toggleDay.name, () => {
  it('ticks the whole day when a part of it is missing, and unticks it when it is all ticked', () => {
    const full = toggleDay(['TUESDAY:MORNING', 'MONDAY:MORNING'], 'TUESDAY');
    expect(slotsOfGrid(full)).toEqual([
      { day: 'MONDAY', part: 'MORNING' },
      { day: 'TUESDAY', part: 'MORNING' },
      { day: 'TUESDAY', part: 'AFTERNOON' },
      { day: 'TUESDAY', part: 'EVENING' },
    ]);
    expect(toggleDay(full, 'TUESDAY')).toEqual(['MONDAY:MORNING']);
  });
});

describe(slotLabel.name, () => {
  it('names a half-day as it is read aloud', () => {
    expect(slotLabel('TUESDAY', 'AFTERNOON')).toBe('Mardi après-midi');
    expect(slotLabel('SUNDAY', 'EVENING')).toBe('Dimanche soir');
  });
});

describe(moveInGrid.name, () => {
  const from = { row: 1, column: 1 };
  it('moves one cell with the arrows and to the ends of the row with Home and End', () => {
    expect(moveInGrid(from, 'ArrowUp', 7, 3)).toEqual({ row: 0, column: 1 });
    expect(moveInGrid(from, 'ArrowDown', 7, 3)).toEqual({ row: 2, column: 1 });
    expect(moveInGrid(from, 'ArrowLeft', 7, 3)).toEqual({ row: 1, column: 0 });
    expect(moveInGrid(from, 'ArrowRight', 7, 3)).toEqual({ row: 1, column: 2 });
    expect(moveInGrid(from, 'Home', 7, 3)).toEqual({ row: 1, column: 0 });
    expect(moveInGrid(from, 'End', 7, 3)).toEqual({ row: 1, column: 2 });
  });

  it('stops at the edges of the grid', () => {
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowUp', 7, 3)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid({ row: 6, column: 2 }, 'ArrowDown', 7, 3)).toEqual({ row: 6, column: 2 });
    expect(moveInGrid({ row: 6, column: 2 }, 'ArrowRight', 7, 3)).toEqual({ row: 6, column: 2 });
  });

  it('leaves the other keys to the browser (Space ticks, Tab leaves)', () => {
    expect(moveInGrid(from, ' ', 7, 3)).toBeNull();
    expect(moveInGrid(from, 'Tab', 7, 3)).toBeNull();
  });
});
