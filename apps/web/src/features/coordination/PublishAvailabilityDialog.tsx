import { Time, type CalendarDate } from '@internationalized/date';
import { useMemo, useState } from 'react';
import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { DatePickerField, TimeInputField } from '../../components/date-fields';
import { DialogActions, DialogButton } from '../../components/Dialog';
import { ComboBoxField, SelectField } from '../../components/choice-fields';
import { TextField } from '../../components/fields';
import { ActionForm, useFormProblem } from '../../components/form-problem';
import { graphql } from '../../gql';
import { useAction } from '../../lib/use-action';
import { formerNameHint } from '../../lib/commune-hint';
import { parisToday, seriesRanges, weeklyDays } from './paris-time';

const PUBLISH = graphql(`
  mutation PublishAvailabilities($input: PublishAvailabilitiesInput!) {
    publishAvailabilities(input: $input) {
      id
      startsAt
    }
  }
`);

const COMMUNES = graphql(`
  query AvailabilityCommunes($search: String) {
    communes(search: $search, first: 10) {
      edges {
        node {
          inseeCode
          name
          formerCommunes {
            inseeCode
            name
          }
        }
      }
    }
  }
`);

const SLOT_LENGTHS = [30, 45, 60, 90].map((m) => ({ id: String(m), label: `${m} minutes` }));
const BREAKS = [0, 5, 10, 15, 30].map((m) => ({ id: String(m), label: m === 0 ? 'Aucune' : `${m} minutes` }));
const WEEKS = Array.from({ length: 11 }, (_, i) => i + 2).map((n) => ({ id: String(n), label: `${n} semaines` }));
const PLACES = [
  { id: 'FRANCE_BENEVOLAT', label: 'Locaux de France Bénévolat' },
  { id: 'VIDEO', label: 'Visioconférence' },
];

const dateLabel = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const formatDay = (day: CalendarDate) => dateLabel.format(new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));

/** Publishing availability once or every week, with the weeks to leave out; times in Paris. */
export function PublishAvailabilityDialog({
  onPublished,
}: {
  onPublished: (count: number, firstDay: CalendarDate | null) => void;
}) {
  return (
    <DialogButton trigger={<Button>Publier des disponibilités</Button>} title="Publier des disponibilités" wide>
      {(close) => (
        <PublishForm
          onCancel={close}
          onPublished={(count, day) => {
            close();
            onPublished(count, day);
          }}
        />
      )}
    </DialogButton>
  );
}

function PublishForm({
  onCancel,
  onPublished,
}: {
  onCancel: () => void;
  onPublished: (count: number, firstDay: CalendarDate | null) => void;
}) {
  const form = useFormProblem();
  const [publish, { pending }] = useAction(PUBLISH);
  const [day, setDay] = useState<CalendarDate | null>(null);
  const [start, setStart] = useState<Time | null>(new Time(9, 0));
  const [end, setEnd] = useState<Time | null>(new Time(12, 0));
  const [slotMinutes, setSlotMinutes] = useState('45');
  const [breakMinutes, setBreakMinutes] = useState('0');
  const [repeat, setRepeat] = useState<'once' | 'weekly'>('once');
  const [weeks, setWeeks] = useState('8');
  const [excepted, setExcepted] = useState<string[]>([]);
  const [placeKind, setPlaceKind] = useState('FRANCE_BENEVOLAT');
  const [label, setLabel] = useState('France Bénévolat Ain');
  const [address, setAddress] = useState('');
  const [communeSearch, setCommuneSearch] = useState('');
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const [videoUrl, setVideoUrl] = useState('');
  const [communes] = useQuery({
    query: COMMUNES,
    variables: { search: communeSearch },
    pause: placeKind !== 'FRANCE_BENEVOLAT' || communeSearch.trim().length < 2,
  });

  const days = useMemo(
    () => (day ? weeklyDays(day, repeat === 'weekly' ? Number(weeks) : 1) : []),
    [day, repeat, weeks],
  );

  const submit = async () => {
    if (!day || !start || !end) return;
    if (end.compare(start) <= 0) {
      form.setProblem({ code: 'BAD_USER_INPUT', message: 'La fin doit être après le début.', fields: {} });
      return;
    }
    const ranges = seriesRanges(days, start, end, new Set(excepted));
    if (ranges.length === 0) {
      form.setProblem({
        code: 'BAD_USER_INPUT',
        message: 'Toutes les dates sont exclues : gardez-en au moins une.',
        fields: {},
      });
      return;
    }
    const result = await publish({
      input: {
        ranges,
        slotMinutes: Number(slotMinutes),
        breakMinutes: Number(breakMinutes),
        place:
          placeKind === 'VIDEO'
            ? { kind: 'VIDEO', label: label || undefined, videoUrl }
            : { kind: 'FRANCE_BENEVOLAT', label: label || undefined, address, communeCode },
      },
    });
    if (!result.ok) {
      form.setProblem(result.problem);
      return;
    }
    form.setProblem(null);
    onPublished(result.data.publishAvailabilities.length, day);
  };

  return (
    <ActionForm form={form} onSubmit={submit}>
      <p className="muted">Les heures sont celles de Paris. Les jours fériés sont refusés.</p>
      <DatePickerField
        label={repeat === 'weekly' ? 'Premier jour' : 'Jour'}
        value={day}
        onChange={setDay}
        minValue={parisToday().add({ days: 1 })}
        name="startsAt"
      />
      <div className="cluster">
        <TimeInputField label="Début" value={start} onChange={setStart} name="startTime" />
        <TimeInputField
          label="Fin"
          value={end}
          onChange={setEnd}
          name="endsAt"
          validate={(v) => (start && v && v.compare(start) <= 0 ? 'La fin doit être après le début.' : null)}
        />
      </div>
      <div className="cluster">
        <SelectField
          label="Durée d’un entretien"
          options={SLOT_LENGTHS}
          selectedKey={slotMinutes}
          onSelectionChange={(key) => setSlotMinutes(key ?? '45')}
          isRequired
          name="slotMinutes"
        />
        <SelectField
          label="Pause entre deux entretiens"
          options={BREAKS}
          selectedKey={breakMinutes}
          onSelectionChange={(key) => setBreakMinutes(key ?? '0')}
          isRequired
          name="breakMinutes"
        />
      </div>
      <RadioGroup
        className="field radio-group"
        value={repeat}
        onChange={(value) => setRepeat(value as 'once' | 'weekly')}
      >
        <Label>Répétition</Label>
        <Radio className="radio" value="once">
          Une seule fois
        </Radio>
        <Radio className="radio" value="weekly">
          Chaque semaine, le même jour
        </Radio>
      </RadioGroup>
      {repeat === 'weekly' && (
        <>
          <SelectField
            label="Pendant"
            options={WEEKS}
            selectedKey={weeks}
            onSelectionChange={(key) => setWeeks(key ?? '8')}
            isRequired
          />
          {days.length > 0 && (
            <CheckboxGroup
              className="field checkbox-group"
              value={days.map(String).filter((d) => !excepted.includes(d))}
              onChange={(kept) => setExcepted(days.map(String).filter((d) => !kept.includes(d)))}
            >
              <Label>Dates de la série</Label>
              <Text slot="description" className="field__description">
                Décochez les exceptions (congés, réunions…).
              </Text>
              <div className="checkbox-list">
                {days.map((d) => (
                  <Checkbox key={d.toString()} value={d.toString()} className="checkbox">
                    {({ isSelected }) => (
                      <>
                        <span className="checkbox__box" aria-hidden="true">
                          {isSelected ? '✓' : ''}
                        </span>
                        <span>{formatDay(d)}</span>
                      </>
                    )}
                  </Checkbox>
                ))}
              </div>
            </CheckboxGroup>
          )}
        </>
      )}
      <SelectField
        label="Lieu"
        options={PLACES}
        selectedKey={placeKind}
        onSelectionChange={(key) => setPlaceKind(key ?? 'FRANCE_BENEVOLAT')}
        isRequired
        name="place.kind"
      />
      <TextField label="Nom du lieu" value={label} onChange={setLabel} isRequired name="place.label" />
      {placeKind === 'VIDEO' ? (
        <TextField
          label="Lien de la visioconférence"
          description="Commence par https://"
          value={videoUrl}
          onChange={setVideoUrl}
          isRequired
          name="place.videoUrl"
          validate={(v) => (v.startsWith('https://') ? null : 'Le lien doit commencer par https://')}
        />
      ) : (
        <>
          <TextField
            label="Adresse"
            description="Rue, code postal et commune"
            value={address}
            onChange={setAddress}
            isRequired
            name="place.address"
          />
          <ComboBoxField
            label="Commune"
            items={(communes.data?.communes.edges ?? []).map((e) => ({
              id: e.node.inseeCode,
              label: e.node.name,
              hint: formerNameHint(communeSearch, e.node),
            }))}
            selectedKey={communeCode}
            onSelectionChange={setCommuneCode}
            inputValue={communeSearch}
            onInputChange={setCommuneSearch}
            loading={communes.fetching}
            emptyLabel={communeSearch.trim().length < 2 ? 'Tapez au moins deux lettres' : 'Aucune commune trouvée'}
            isRequired
            name="place.communeCode"
          />
        </>
      )}
      <DialogActions onCancel={onCancel} confirmLabel="Publier" confirmType="submit" isPending={pending} />
    </ActionForm>
  );
}
